import QtQuick
import QtTest
import Wh.Handheld

// MeasurePointRow: one point of the measure list. Name with its code, target and tolerance, the
// value and deviation once measured (the attempt from the second), a thumb-sized row, a tap. (A
// TestCase is an invisible item: the row sits beside it, under a visible root.)
Item {
    width: 360
    height: 200

    MeasurePointRow {
        id: row
        width: 360
        index: 1
        code: "CW"
        name: "Chest width"
        target: "520.0 mm"
        tolerance: "-1.0 / +1.0"
        value: ""
        deviation: ""
        status: "current"
        attempt: 0
    }

    SignalSpy {
        id: clicked
        target: row
        signalName: "clicked"
    }

    TestCase {
        name: "MeasurePointRow"
        when: windowShown

        function texts(item) {
            var out = [];
            function walk(i) {
                for (var k = 0; k < i.children.length; ++k) {
                    var c = i.children[k];
                    if (c.text !== undefined && c.visible && c.text !== "")
                        out.push(c.text);
                    walk(c);
                }
            }
            walk(item);
            return out;
        }

        function test_pendingAndMeasured() {
            compare(row.objectName, "pointRow_CW");
            verify(row.height >= 48, "a thumb's height: " + row.height);
            var shown = texts(row.contentItem);
            verify(shown.indexOf("Chest width (CW)") >= 0, shown);
            verify(shown.indexOf("520.0 mm  -1.0 / +1.0") >= 0, shown);

            row.value = "523.0 mm";
            row.deviation = "+3.0 mm";
            row.status = "fail";
            row.attempt = 2;
            shown = texts(row.contentItem);
            verify(shown.indexOf("523.0 mm") >= 0, shown);
            verify(shown.indexOf("+3.0 mm · try 2") >= 0, shown);
            compare(row.statusColor, Qt.color("#c62828"));
            row.status = "pass";
            compare(row.statusColor, Qt.color("#2e7d32"));
        }

        function init() {
            row.code = "CW";
            row.name = "Chest width";
            row.value = "";
            row.deviation = "";
            row.status = "current";
            row.attempt = 0;
        }

        function test_codeWithoutAName() {
            row.name = "X9";
            row.code = "X9";
            verify(texts(row.contentItem).indexOf("X9") >= 0, texts(row.contentItem));
        }

        function test_tap() {
            clicked.clear();
            mouseClick(row);
            compare(clicked.count, 1);
        }
    }
}

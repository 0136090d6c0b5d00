import QtQuick
import QtTest
import Wh.Handheld

// WorkflowTile: a workflow of the home screen. A built one is a big target that says it was tapped;
// one not built yet is drawn disabled with its note and ignores taps. (The tiles sit beside the
// TestCase, under a visible root.)
Item {
    width: 360
    height: 400

    WorkflowTile {
        id: measure
        x: 10
        y: 10
        width: 160
        key: "measure"
        title: "Measure"
        description: "Measure a garment against its care-label QR"
        available: true
        note: ""
    }
    WorkflowTile {
        id: inspect
        x: 190
        y: 10
        width: 160
        key: "inspect"
        title: "Inspect"
        description: "Record defects with a photo"
        available: false
        note: "Coming soon"
    }

    SignalSpy {
        id: measureClicked
        target: measure
        signalName: "clicked"
    }
    SignalSpy {
        id: inspectClicked
        target: inspect
        signalName: "clicked"
    }

    TestCase {
        name: "WorkflowTile"
        when: windowShown

        function texts(item) {
            var out = [];
            function walk(i) {
                for (var k = 0; k < i.children.length; ++k) {
                    var c = i.children[k];
                    if (c.text !== undefined && c.visible)
                        out.push(c.text);
                    walk(c);
                }
            }
            walk(item);
            return out;
        }

        function test_builtTileTaps() {
            verify(measure.enabled);
            verify(measure.height >= 48, "a thumb-sized target: " + measure.height);
            verify(texts(measure).indexOf("Measure") >= 0);
            verify(texts(measure).indexOf("Coming soon") < 0);
            mouseClick(measure);
            compare(measureClicked.count, 1);
        }

        function test_unbuiltTileIsDisabledWithItsNote() {
            verify(!inspect.enabled);
            verify(texts(inspect).indexOf("Coming soon") >= 0, texts(inspect));
            mouseClick(inspect);
            compare(inspectClicked.count, 0);
        }
    }
}

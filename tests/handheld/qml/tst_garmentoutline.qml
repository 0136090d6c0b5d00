import QtQuick
import QtTest
import Wh.Handheld

// GarmentOutline: the outline drawn, the current point's line in the highlight colour (checked on
// the rendered pixels), no line for a code without one or when the lines change under it, nothing
// for an empty outline, and the square kept centred in a wider item. (A TestCase is an invisible
// item: what is drawn sits beside it, under a visible root.)
Rectangle {
    id: root
    width: 360
    height: 640
    color: "#203040" // what shows where the outline draws nothing

    readonly property var square: [0.2, 0.1, 0.8, 0.1, 0.8, 0.9, 0.2, 0.9]
    readonly property var someLines: ({ "BL": [0.5, 0.1, 0.5, 0.9], "CW": [0.2, 0.4, 0.8, 0.4] })

    GarmentOutline {
        id: outline
        width: 200
        height: 200
        outline: root.square
        lines: root.someLines
    }

    TestCase {
        name: "GarmentOutline"
        when: windowShown

        function near(a, b) {
            return Math.abs(a.r - b.r) < 0.08 && Math.abs(a.g - b.g) < 0.08 && Math.abs(a.b - b.b) < 0.08
                    && a.a > 0.9;
        }

        function pixelAt(fx, fy) {
            var p = outline.mapPoint(fx, fy);
            return grabImage(outline).pixel(Math.round(p.x), Math.round(p.y));
        }

        function init() {
            outline.width = 200;
            outline.height = 200;
            outline.outline = root.square;
            outline.lines = root.someLines;
            outline.currentCode = "";
        }

        function test_outlineDrawn() {
            // Inside the polygon: its fill; outside it: nothing.
            tryVerify(function() { return near(pixelAt(0.35, 0.7), outline.fillColor); }, 3000, "filled");
            verify(near(pixelAt(0.1, 0.5), root.color), "nothing outside the outline");
            verify(!near(pixelAt(0.5, 0.6), outline.highlightColor), "no line highlighted");
        }

        function test_currentLineHighlighted() {
            outline.currentCode = "BL";
            verify(outline.highlighted);
            compare(outline.currentLine, root.someLines.BL);
            // Half way down BL's line: the highlight colour; CW's line is not.
            tryVerify(function() { return near(pixelAt(0.5, 0.6), outline.highlightColor); }, 3000,
                      "BL's line drawn in the highlight colour");
            verify(!near(pixelAt(0.3, 0.4), outline.highlightColor), "CW's line not highlighted");

            outline.currentCode = "CW";
            tryVerify(function() { return near(pixelAt(0.3, 0.4), outline.highlightColor); }, 3000,
                      "CW's line highlighted now");
            tryVerify(function() { return !near(pixelAt(0.5, 0.6), outline.highlightColor); }, 3000,
                      "BL's no longer");
        }

        function test_codeWithoutALine() {
            outline.currentCode = "X1";
            verify(!outline.highlighted);
            compare(outline.currentLine, null);
            tryVerify(function() { return near(pixelAt(0.35, 0.7), outline.fillColor); }, 3000, "outline drawn");
            verify(!near(pixelAt(0.5, 0.6), outline.highlightColor));
            verify(!near(pixelAt(0.3, 0.4), outline.highlightColor));
        }

        function test_linesChangeUnderTheCode() {
            outline.currentCode = "BL";
            tryVerify(function() { return near(pixelAt(0.5, 0.6), outline.highlightColor); }, 3000);
            outline.lines = { "CW": [0.2, 0.4, 0.8, 0.4] };
            verify(!outline.highlighted);
            tryVerify(function() { return !near(pixelAt(0.5, 0.6), outline.highlightColor); }, 3000,
                      "BL's line gone with its entry");
        }

        function test_emptyOutlineDrawsNothing() {
            outline.currentCode = "BL";
            tryVerify(function() { return near(pixelAt(0.5, 0.6), outline.highlightColor); }, 3000);
            outline.outline = [];
            tryVerify(function() { return near(pixelAt(0.5, 0.6), root.color) && near(pixelAt(0.35, 0.7), root.color); }, 3000,
                      "nothing drawn");
        }

        function test_squareCentred() {
            outline.width = 300;
            outline.height = 200;
            compare(outline.side, 200);
            var centre = outline.mapPoint(0.5, 0.5);
            compare(centre.x, 150);
            compare(centre.y, 100);
            var corner = outline.mapPoint(0, 0);
            compare(corner.x, 50);
            compare(corner.y, 0);
            outline.currentCode = "BL";
            tryVerify(function() { return near(pixelAt(0.5, 0.6), outline.highlightColor); }, 3000,
                      "drawn in the centred square");
            verify(near(pixelAt(0.1, 0.5), root.color));
            verify(near(grabImage(outline).pixel(20, 100), root.color), "left of the square: nothing");
        }
    }
}

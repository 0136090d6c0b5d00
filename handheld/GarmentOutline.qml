import QtQuick

// A garment's outline (a shirt or trousers, from GarmentOutline.h's data) with the line along which
// the current point is measured drawn thick in the highlight colour; the item's other points
// faintly. Coordinates are fractions of a square, drawn in the largest square that fits, centred.
// A code without a line (a brand's own point) highlights nothing; an empty outline draws nothing.
Item {
    id: root

    // [x0, y0, x1, y1, ...]: one closed polygon.
    property var outline: []
    // code -> [x0, y0, x1, y1, ...]: the item's points that have a line.
    property var lines: ({})
    property string currentCode
    property color lineColor: "#5a6b7f"
    property color fillColor: "#f3f6f9"
    property color highlightColor: "#e65100"

    // The current point's line, or null when it has none.
    readonly property var currentLine: (root.lines && root.currentCode !== ""
                                        && root.lines[root.currentCode] !== undefined)
                                       ? root.lines[root.currentCode] : null
    readonly property bool highlighted: currentLine !== null
    // Where a fraction of the square lands in the item (for tests, and anyone placing a label).
    readonly property real side: Math.min(width, height)
    function mapPoint(fx, fy) {
        return Qt.point((width - side) / 2 + fx * side, (height - side) / 2 + fy * side);
    }

    implicitWidth: 120
    implicitHeight: 120

    onOutlineChanged: canvas.requestPaint()
    onLinesChanged: canvas.requestPaint()
    onCurrentCodeChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        objectName: "outlineCanvas"
        anchors.fill: parent

        function path(ctx, flat, close) {
            if (!flat || flat.length < 4)
                return false;
            ctx.beginPath();
            var p = root.mapPoint(flat[0], flat[1]);
            ctx.moveTo(p.x, p.y);
            for (var i = 2; i + 1 < flat.length; i += 2) {
                p = root.mapPoint(flat[i], flat[i + 1]);
                ctx.lineTo(p.x, p.y);
            }
            if (close)
                ctx.closePath();
            return true;
        }

        onPaint: {
            var ctx = getContext("2d");
            ctx.reset();
            if (!root.outline || root.outline.length < 6 || root.side <= 0)
                return;
            ctx.lineJoin = "round";
            ctx.lineCap = "round";
            if (path(ctx, root.outline, true)) {
                ctx.fillStyle = root.fillColor;
                ctx.fill();
                ctx.lineWidth = Math.max(1.5, root.side * 0.012);
                ctx.strokeStyle = root.lineColor;
                ctx.stroke();
            }
            // The item's other points, faint, so the eye finds where they are.
            ctx.lineWidth = Math.max(1, root.side * 0.008);
            ctx.strokeStyle = Qt.rgba(root.lineColor.r, root.lineColor.g, root.lineColor.b, 0.35);
            for (var code in root.lines) {
                if (code !== root.currentCode && path(ctx, root.lines[code], false))
                    ctx.stroke();
            }
            if (root.currentLine && path(ctx, root.currentLine, false)) {
                ctx.lineWidth = Math.max(4, root.side * 0.035);
                ctx.strokeStyle = root.highlightColor;
                ctx.stroke();
                // Both ends marked: where the tape starts and stops.
                var n = root.currentLine.length;
                var ends = [[root.currentLine[0], root.currentLine[1]],
                            [root.currentLine[n - 2], root.currentLine[n - 1]]];
                ctx.fillStyle = root.highlightColor;
                for (var e = 0; e < 2; ++e) {
                    var q = root.mapPoint(ends[e][0], ends[e][1]);
                    ctx.beginPath();
                    ctx.arc(q.x, q.y, Math.max(4, root.side * 0.035), 0, 2 * Math.PI);
                    ctx.fill();
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Wh.Handheld

// The camera scan screen: the viewfinder, darkened except for the window the scanner reads (the
// view-model's region of interest, drawn where it falls on the picture), a hint, and Close at the
// bottom. Without a camera (or when it stops) the view-model's message says so in plain words; the
// worker can still type the code or use the hardware scanner. Scans go out through the model's
// scanned(); the page only shows the last one.
Page {
    id: page

    required property CameraScanViewModel model
    // Start the camera when the page opens (the shell may start it itself).
    property bool autoStart: true

    signal closed()

    // The region of interest in the viewfinder's coordinates: normalized to the frame, the frame
    // is the VideoOutput's contentRect (the whole item until a frame has come).
    readonly property rect scanWindow: {
        const c = viewfinder.contentRect.width > 0 && viewfinder.contentRect.height > 0
                ? viewfinder.contentRect : Qt.rect(0, 0, viewfinder.width, viewfinder.height);
        const r = page.model.regionOfInterest;
        return Qt.rect(c.x + r.x * c.width, c.y + r.y * c.height, r.width * c.width, r.height * c.height);
    }

    background: Rectangle {
        color: "#0b1620"
    }

    Component.onCompleted: {
        page.model.videoOutput = viewfinder;
        if (page.autoStart)
            page.model.start();
    }
    Component.onDestruction: {
        page.model.stop();
        if (page.model.videoOutput === viewfinder)
            page.model.videoOutput = null;
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            id: finderArea
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true

            VideoOutput {
                id: viewfinder
                objectName: "viewfinder"
                anchors.fill: parent
                // The whole frame is shown, so the window drawn is exactly what is read.
                fillMode: VideoOutput.PreserveAspectFit
            }

            // The darkened overlay: four bands round the window (none while a message says why
            // nothing is read).
            Item {
                id: overlay
                anchors.fill: parent
                visible: page.model.message === ""
                readonly property color shade: "#a6000000"

                Rectangle {
                    x: 0
                    y: 0
                    width: overlay.width
                    height: Math.max(0, page.scanWindow.y)
                    color: overlay.shade
                }
                Rectangle {
                    x: 0
                    y: page.scanWindow.y + page.scanWindow.height
                    width: overlay.width
                    height: Math.max(0, overlay.height - y)
                    color: overlay.shade
                }
                Rectangle {
                    x: 0
                    y: page.scanWindow.y
                    width: Math.max(0, page.scanWindow.x)
                    height: page.scanWindow.height
                    color: overlay.shade
                }
                Rectangle {
                    x: page.scanWindow.x + page.scanWindow.width
                    y: page.scanWindow.y
                    width: Math.max(0, overlay.width - x)
                    height: page.scanWindow.height
                    color: overlay.shade
                }
            }

            Rectangle {
                objectName: "scanWindow"
                visible: page.model.message === ""
                x: page.scanWindow.x
                y: page.scanWindow.y
                width: page.scanWindow.width
                height: page.scanWindow.height
                color: "transparent"
                border.color: page.model.active ? "#7fd1ff" : "#8a97a6"
                border.width: 3
                radius: 6
            }

            Text {
                objectName: "hint"
                visible: page.model.message === ""
                text: qsTr("Hold the code inside the frame")
                color: "white"
                font.pixelSize: 18
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                width: parent.width - 32
                x: 16
                y: Math.max(8, page.scanWindow.y - height - 12)
            }

            Rectangle {
                objectName: "lastRead"
                visible: page.model.lastText !== ""
                color: "#cc0f3b57"
                radius: 8
                width: Math.min(parent.width - 32, lastReadText.implicitWidth + 24)
                height: lastReadText.implicitHeight + 16
                anchors.horizontalCenter: parent.horizontalCenter
                // Low in the viewfinder: clear of the window and of a message in the middle.
                y: parent.height - height - 12

                Text {
                    id: lastReadText
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, page.width - 56)
                    //: %1 is the text of the code the camera read last
                    text: qsTr("Read: %1").arg(page.model.lastText)
                    color: "white"
                    font.pixelSize: 16
                    elide: Text.ElideRight
                }
            }

            // No camera, camera lost or refused: a plain message over the (empty) viewfinder.
            Rectangle {
                objectName: "cameraMessage"
                visible: page.model.message !== ""
                color: "#f2ffffff"
                radius: 10
                width: parent.width - 32
                height: messageText.implicitHeight + 32
                anchors.centerIn: parent

                Text {
                    id: messageText
                    anchors.fill: parent
                    anchors.margins: 16
                    text: page.model.message
                    color: "#14212e"
                    font.pixelSize: 17
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        // The actions, at the bottom (one thumb).
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Layout.margins: 12

            Button {
                objectName: "retryButton"
                visible: page.model.available && !page.model.active
                text: qsTr("Start camera")
                font.pixelSize: 16
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: page.model.start()
            }
            Button {
                objectName: "closeButton"
                text: qsTr("Close")
                highlighted: true
                font.pixelSize: 16
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: page.closed()
            }
        }
    }
}

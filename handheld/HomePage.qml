import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The first screen: where the device stands, the site's figures, the workflows.
Page {
    id: page

    required property HomeViewModel home

    // A workflow tile was tapped ("measure", "switch", ...); the camera button.
    signal workflowChosen(string key)
    signal openCamera()

    background: Rectangle {
        color: "#eef2f5"
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 32
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: content
            x: 16
            y: 16
            width: parent.width - 32
            spacing: 10

            // Where the device stands (the header shows who is signed in).
            Text {
                objectName: "siteLine"
                text: qsTr("%1 · %2").arg(page.home.siteName).arg(page.home.deviceName)
                color: "#3b4a5c"
                font.pixelSize: 14
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("Workflows")
                color: "#14212e"
                font.pixelSize: 17
                font.bold: true
                Layout.fillWidth: true
            }
            GridLayout {
                columns: 2
                columnSpacing: 10
                rowSpacing: 10
                Layout.fillWidth: true

                Repeater {
                    model: page.home.workflows

                    WorkflowTile {
                        onClicked: page.workflowChosen(key)
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                    }
                }
            }
            Button {
                objectName: "cameraButton"
                text: qsTr("Scan with the camera")
                font.pixelSize: 16
                implicitHeight: 52
                Layout.fillWidth: true
                onClicked: page.openCamera()
            }
            // The last barcode scan: what the scanner sent, for a check by eye.
            Rectangle {
                objectName: "lastScan"
                implicitHeight: scanColumn.implicitHeight + 16
                radius: 10
                color: "white"
                border.color: page.home.lastScanProblem !== "" ? "#d9a69c" : "#d9e0e8"
                Layout.fillWidth: true

                ColumnLayout {
                    id: scanColumn
                    anchors.fill: parent
                    anchors.margins: 8
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    spacing: 2

                    Text {
                        text: qsTr("Last scan")
                        color: "#5a6b7f"
                        font.pixelSize: 13
                        Layout.fillWidth: true
                    }
                    Text {
                        text: page.home.hasLastScan ? page.home.lastScanText
                                                    : qsTr("Scan a barcode: it shows here.")
                        color: page.home.hasLastScan ? "#14212e" : "#8a97a6"
                        font.pixelSize: page.home.hasLastScan ? 16 : 14
                        font.family: page.home.hasLastScan ? "monospace" : Qt.application.font.family
                        wrapMode: Text.WrapAnywhere
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: page.home.hasLastScan && page.home.lastScanSymbology !== ""
                        text: page.home.lastScanSymbology
                        color: "#5a6b7f"
                        font.pixelSize: 12
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: page.home.lastScanProblem !== ""
                        text: page.home.lastScanProblem
                        color: "#a33a2a"
                        font.pixelSize: 13
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            Text {
                text: page.home.dayTitle
                color: "#14212e"
                font.pixelSize: 17
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                columns: 2
                columnSpacing: 10
                rowSpacing: 10
                visible: page.home.hasFigures
                Layout.fillWidth: true

                FigureCard {
                    caption: qsTr("Units")
                    value: page.home.units
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                FigureCard {
                    caption: qsTr("Workers")
                    value: page.home.workers
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                FigureCard {
                    caption: qsTr("Units per hour")
                    value: page.home.unitsPerHour
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                FigureCard {
                    caption: qsTr("On shift now")
                    value: page.home.onShift
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
            }
            Text {
                visible: page.home.problem !== ""
                text: page.home.problem
                color: "#a33a2a"
                font.pixelSize: 14
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                text: page.home.updatedAt
                color: "#66768a"
                font.pixelSize: 12
                Layout.topMargin: 4
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}

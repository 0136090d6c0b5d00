import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The first screen: where the device stands, the site's figures, the workflows.
Page {
    id: page

    required property HomeViewModel home

    background: Rectangle {
        color: "#eef2f5"
    }

    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + 32
        color: "#0f3b57"

        ColumnLayout {
            id: headerColumn
            anchors.fill: parent
            anchors.margins: 16
            spacing: 4

            Text {
                text: page.home.siteName
                color: "white"
                font.pixelSize: 24
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("Device: %1 (%2)").arg(page.home.deviceName).arg(page.home.deviceId)
                color: "#bcd3e4"
                font.pixelSize: 14
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
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
                text: qsTr("Workflows")
                color: "#14212e"
                font.pixelSize: 17
                font.bold: true
                Layout.topMargin: 8
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
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                    }
                }
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

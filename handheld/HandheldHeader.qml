import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The header over every screen after sign-in: who is signed in, what they are punched into and
// since when, what waits on the device to sync, and the tape measure's connection. Back (on every
// screen but home) and the menu (devices, settings, sign out) sit at its ends.
ToolBar {
    id: header

    required property HandheldApp app
    readonly property SessionViewModel session: app.session
    readonly property OutboxStatus outbox: app.outbox
    readonly property DevicesViewModel devices: app.devices

    objectName: "header"
    padding: 0

    background: Rectangle {
        color: "#0f3b57"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            spacing: 0
            Layout.fillWidth: true

            ToolButton {
                objectName: "backButton"
                visible: header.app.screen !== HandheldApp.Home
                text: "\u2039"
                font.pixelSize: 30
                Accessible.name: qsTr("Back")
                implicitWidth: 48
                implicitHeight: 48
                palette.buttonText: "white"
                onClicked: header.app.back()
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Layout.leftMargin: header.app.screen === HandheldApp.Home ? 14 : 0
                Layout.topMargin: 6

                Text {
                    objectName: "workerName"
                    text: header.session.signedIn ? header.session.workerName : qsTr("Not signed in")
                    color: "white"
                    font.pixelSize: 18
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "workerActivity"
                    visible: header.session.signedIn
                    text: !header.session.clockedIn ? qsTr("Not clocked in")
                          : header.session.onBreak ? qsTr("On a break · %1").arg(header.session.sinceText)
                          : qsTr("%1 · %2").arg(header.session.activityName).arg(header.session.sinceText)
                    color: header.session.clockedIn ? "#cfe3f1" : "#ffd59e"
                    font.pixelSize: 14
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            ToolButton {
                objectName: "menuButton"
                text: "\u22ee"
                font.pixelSize: 26
                Accessible.name: qsTr("Menu")
                implicitWidth: 48
                implicitHeight: 48
                palette.buttonText: "white"
                onClicked: menu.open()

                Menu {
                    id: menu
                    y: parent.height

                    MenuItem {
                        objectName: "menuDevices"
                        text: qsTr("Devices")
                        onTriggered: header.app.open(HandheldApp.Devices)
                    }
                    MenuItem {
                        objectName: "menuSettings"
                        text: qsTr("Settings")
                        onTriggered: header.app.open(HandheldApp.Settings)
                    }
                    MenuItem {
                        objectName: "menuActivity"
                        enabled: header.session.signedIn
                        text: qsTr("Switch activity")
                        onTriggered: header.app.open(HandheldApp.Activity)
                    }
                    MenuItem {
                        objectName: "menuSignOut"
                        enabled: header.session.signedIn
                        text: qsTr("Sign out")
                        onTriggered: header.app.signOut()
                    }
                }
            }
        }
        // Status line: the unsynced queue and the tape.
        Rectangle {
            color: "#0b2e44"
            implicitHeight: 28
            Layout.fillWidth: true

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 14
                anchors.rightMargin: 14
                spacing: 8

                Rectangle {
                    implicitWidth: 10
                    implicitHeight: 10
                    radius: 5
                    color: header.outbox.pending > 0 ? "#f2b544" : "#6cc28a"
                }
                Text {
                    objectName: "unsynced"
                    text: header.outbox.text
                    color: "#d6e4ee"
                    font.pixelSize: 13
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Rectangle {
                    implicitWidth: 10
                    implicitHeight: 10
                    radius: 5
                    color: header.devices.tapeConnected ? "#6cc28a"
                           : header.devices.tapeName === "" ? "#8da2b3" : "#e0694f"
                }
                Text {
                    objectName: "tapeState"
                    text: header.devices.tapeName === "" ? qsTr("No tape")
                          : qsTr("Tape: %1").arg(header.devices.tapeStateText)
                    color: "#d6e4ee"
                    font.pixelSize: 13
                    elide: Text.ElideRight
                    // Beside its dot at the right end, half the line at most (a tablet's is wide).
                    Layout.maximumWidth: (parent.width - 36) / 2
                }
            }
        }
    }
}

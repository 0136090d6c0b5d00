import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// Switching activity from the handheld: what the worker is on, their activities (recent and
// favourite ones first and marked; a filter narrows the list; a scanned activity code goes
// through the shell), and Break and Clock out at the bottom. After a punch the confirmation shows
// for a moment, then the page is finished.
Page {
    id: page

    required property ActivityViewModel model
    // How long the confirmation stays before finished() (ms).
    property int confirmationMs: 1800

    signal finished()

    background: Rectangle {
        color: "#eef2f5"
    }

    // The shell has read the options (HandheldApp::open); the page starts unfiltered, no old message.
    Component.onCompleted: {
        page.model.clearMessage()
        page.model.options.filter = ""
    }

    Connections {
        target: page.model
        function onPunched(summary) {
            doneTimer.restart()
        }
    }

    Timer {
        id: doneTimer
        interval: page.confirmationMs
        onTriggered: page.finished()
    }

    component MarkChip: Rectangle {
        property alias text: chipText.text
        property color textColor: "#1b1405"
        radius: height / 2
        implicitWidth: chipText.implicitWidth + 14
        implicitHeight: chipText.implicitHeight + 4

        Text {
            id: chipText
            anchors.centerIn: parent
            color: parent.textColor
            font.pixelSize: 12
            font.bold: true
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Where the worker stands now.
        Rectangle {
            objectName: "currentBox"
            color: "white"
            implicitHeight: currentRow.implicitHeight + 20
            Layout.fillWidth: true

            RowLayout {
                id: currentRow
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 16
                anchors.topMargin: 10
                anchors.bottomMargin: 10
                spacing: 8

                ToolButton {
                    objectName: "backButton"
                    text: qsTr("Back")
                    font.pixelSize: 16
                    Layout.preferredHeight: 48
                    onClicked: page.finished()
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true

                    Text {
                        objectName: "currentActivity"
                        text: page.model.session.clockedIn
                              ? page.model.session.activityName : page.model.session.stateText
                        color: "#14212e"
                        font.pixelSize: 18
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Text {
                        //: %1 is the state ("Working"), %2 since when ("since 08:12")
                        text: page.model.session.clockedIn
                              ? qsTr("%1 %2").arg(page.model.session.stateText).arg(page.model.session.sinceText)
                              : qsTr("Choose an activity to clock in.")
                        color: "#5a6b7f"
                        font.pixelSize: 14
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }

        // The confirmation (or what went wrong).
        Rectangle {
            objectName: "messageBox"
            visible: page.model.message !== ""
            color: page.model.messageIsError ? "#fbe4df" : "#dff3e6"
            implicitHeight: messageText.implicitHeight + 20
            Layout.fillWidth: true

            Text {
                id: messageText
                objectName: "message"
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                text: page.model.message
                color: page.model.messageIsError ? "#8a2b1d" : "#1e5a35"
                font.pixelSize: 16
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        TextField {
            objectName: "filterField"
            placeholderText: qsTr("Find an activity (name or code)")
            text: page.model.options.filter
            font.pixelSize: 16
            inputMethodHints: Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.topMargin: 8
            onTextEdited: page.model.options.filter = text
        }

        ListView {
            id: list
            objectName: "optionList"
            model: page.model.options
            clip: true
            spacing: 6
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 12

            delegate: ItemDelegate {
                id: row

                required property string code
                required property string name
                required property bool recent
                required property bool favourite
                required property bool current

                objectName: "option_" + code
                width: ListView.view.width
                implicitHeight: Math.max(60, rowLayout.implicitHeight + 16)
                enabled: !current || page.model.session.onBreak
                Accessible.name: name
                onClicked: page.model.switchTo(code)

                background: Rectangle {
                    radius: 10
                    color: row.current ? "#e2f1e8" : (row.down ? "#dbe8f2" : "white")
                    border.color: row.current ? "#1e7b4a" : "#d9e0e8"
                    border.width: row.current ? 2 : 1
                }
                contentItem: RowLayout {
                    id: rowLayout
                    spacing: 8

                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true

                        Text {
                            text: row.name
                            color: "#14212e"
                            font.pixelSize: 17
                            font.bold: true
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Text {
                            text: row.code
                            color: "#5a6b7f"
                            font.pixelSize: 13
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    MarkChip {
                        visible: row.current
                        text: qsTr("Now")
                        color: "#1e7b4a"
                        textColor: "white"
                    }
                    MarkChip {
                        visible: row.recent && !row.current
                        text: qsTr("Recent")
                        color: "#f2b632"
                    }
                    MarkChip {
                        visible: row.favourite && !row.recent && !row.current
                        text: qsTr("Favourite")
                        color: "#cdd5de"
                    }
                }
            }

            Text {
                anchors.centerIn: parent
                width: parent.width - 24
                visible: list.count === 0
                text: page.model.options.filter !== "" ? qsTr("No activity matches.")
                                                       : qsTr("No activities to show.")
                color: "#5a6b7f"
                font.pixelSize: 16
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }

        // The main actions, at the thumb.
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Layout.margins: 12

            Button {
                objectName: "breakButton"
                text: qsTr("Break")
                enabled: page.model.canBreak
                font.pixelSize: 18
                font.bold: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 60
                onClicked: page.model.startBreak()
            }
            Button {
                objectName: "clockOutButton"
                text: qsTr("Clock out")
                enabled: page.model.canClockOut
                font.pixelSize: 18
                font.bold: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 60
                onClicked: clockOutConfirm.open()
            }
        }
    }

    // Clocking out ends the shift: one more tap to be sure.
    Dialog {
        id: clockOutConfirm
        objectName: "clockOutConfirm"
        modal: true
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        title: qsTr("Clock out now?")

        header: Label {
            text: clockOutConfirm.title
            font.pixelSize: 20
            font.bold: true
            wrapMode: Text.Wrap
            padding: 16
            bottomPadding: 0
        }

        contentItem: ColumnLayout {
            spacing: 16

            Text {
                text: qsTr("Your shift ends now. Do this when you leave work.")
                font.pixelSize: 16
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 10
                Layout.fillWidth: true

                Button {
                    objectName: "clockOutCancel"
                    text: qsTr("Cancel")
                    font.pixelSize: 16
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 52
                    onClicked: clockOutConfirm.close()
                }
                Button {
                    objectName: "clockOutConfirmButton"
                    text: qsTr("Clock out")
                    highlighted: true
                    font.pixelSize: 16
                    font.bold: true
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 52
                    onClicked: {
                        clockOutConfirm.close()
                        page.model.clockOut()
                    }
                }
            }
        }
    }
}

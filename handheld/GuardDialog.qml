import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The forgotten-punch guard: a workflow was started while the worker is punched into something
// else (or not clocked in). Says so, lists the workflow's activities with the suggested one
// selected, and offers Switch (Clock in) / Continue without switching / Cancel. Opens by itself
// while the view-model's guard is active and closes when it is not; closing it any other way
// (Escape, Back) cancels.
//
// What it shows comes from the model; the properties below can also be set by hand (a preview or
// a test without a store), and the signals tell what was chosen either way.
Dialog {
    id: dialog

    required property ActivityViewModel model

    property string titleText: model ? model.guardTitle : ""
    property string bodyText: model ? model.guardText : ""
    // Maps with code, name, recent.
    property var suggestions: model ? model.guardSuggestions : []
    property int selectedIndex: model ? model.guardSelected : -1
    property bool clockIn: model ? model.guardClockIn : false

    signal switchChosen(string code)
    signal continueChosen()
    signal cancelChosen()

    // A button was used since the dialog opened (else closing it is Cancel).
    property bool chosen: false

    function selectedCode() {
        return selectedIndex >= 0 && selectedIndex < suggestions.length ? suggestions[selectedIndex].code : ""
    }
    function choose(row) {
        if (dialog.model)
            dialog.model.guardSelected = row
        else
            dialog.selectedIndex = row
    }

    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 24, 480) : 336
    height: parent ? Math.min(implicitHeight, parent.height - 24) : implicitHeight
    padding: 16
    title: dialog.titleText

    Component.onCompleted: if (dialog.model && dialog.model.guardActive) dialog.open()

    Connections {
        target: dialog.model
        function onGuardChanged() {
            if (dialog.model.guardActive)
                dialog.open()
            else
                dialog.close()
        }
    }

    onAboutToShow: dialog.chosen = false
    // Escape or Back: that is Cancel.
    onClosed: {
        if (dialog.chosen)
            return
        dialog.chosen = true
        dialog.cancelChosen()
        if (dialog.model && dialog.model.guardActive)
            dialog.model.cancelGuard()
    }

    header: Label {
        objectName: "guardTitle"
        text: dialog.titleText
        font.pixelSize: 20
        font.bold: true
        wrapMode: Text.Wrap
        padding: 16
        bottomPadding: 0
    }

    contentItem: ColumnLayout {
        spacing: 10

        Text {
            objectName: "guardText"
            text: dialog.bodyText
            color: "#14212e"
            font.pixelSize: 17
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Why the switch did not go through (the guard stays open for another choice).
        Text {
            objectName: "guardProblem"
            visible: text !== ""
            text: dialog.model && dialog.model.messageIsError ? dialog.model.message : ""
            color: "#a33a2a"
            font.pixelSize: 15
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "guardSuggestions"
            model: dialog.suggestions
            clip: true
            spacing: 6
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            implicitHeight: Math.min(contentHeight, 4 * 62)
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Math.min(contentHeight, 62)

            delegate: ItemDelegate {
                id: row

                required property var modelData
                required property int index
                readonly property bool selected: row.index === dialog.selectedIndex

                objectName: "suggestion_" + modelData.code
                width: ListView.view.width
                implicitHeight: 56
                Accessible.name: modelData.name
                Accessible.checked: selected
                onClicked: dialog.choose(row.index)

                background: Rectangle {
                    radius: 10
                    color: row.selected ? "#e2f1e8" : (row.down ? "#dbe8f2" : "white")
                    border.color: row.selected ? "#1e7b4a" : "#d9e0e8"
                    border.width: row.selected ? 2 : 1
                }
                contentItem: RowLayout {
                    spacing: 10

                    // A radio mark: the selected one is filled.
                    Rectangle {
                        implicitWidth: 22
                        implicitHeight: 22
                        radius: 11
                        border.color: row.selected ? "#1e7b4a" : "#8a97a6"
                        border.width: 2
                        color: "transparent"

                        Rectangle {
                            anchors.centerIn: parent
                            width: 12
                            height: 12
                            radius: 6
                            color: "#1e7b4a"
                            visible: row.selected
                        }
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true

                        Text {
                            text: row.modelData.name
                            color: "#14212e"
                            font.pixelSize: 16
                            font.bold: row.selected
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Text {
                            text: row.modelData.recent ? qsTr("%1 · done lately").arg(row.modelData.code)
                                                       : row.modelData.code
                            color: "#5a6b7f"
                            font.pixelSize: 12
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }

    footer: ColumnLayout {
        spacing: 8

        Button {
            objectName: "switchButton"
            text: dialog.clockIn ? qsTr("Clock in") : qsTr("Switch")
            highlighted: true
            enabled: dialog.selectedCode() !== ""
            font.pixelSize: 18
            font.bold: true
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            onClicked: {
                var code = dialog.selectedCode()
                dialog.chosen = true
                dialog.switchChosen(code)
                if (dialog.model) {
                    if (!dialog.model.acceptGuard(code))
                        dialog.chosen = false // still open: closing it now is Cancel
                } else {
                    dialog.close()
                }
            }
        }
        Button {
            objectName: "continueButton"
            text: qsTr("Continue without switching")
            font.pixelSize: 16
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            onClicked: {
                dialog.chosen = true
                dialog.continueChosen()
                if (dialog.model)
                    dialog.model.continueWithoutSwitch()
                else
                    dialog.close()
            }
        }
        Button {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            flat: true
            font.pixelSize: 16
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 12
            onClicked: {
                dialog.chosen = true
                dialog.cancelChosen()
                if (dialog.model)
                    dialog.model.cancelGuard()
                else
                    dialog.close()
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The Devices screen: the tape measure (its state, reconnect, forget), the tapes that can be
// chosen (Bluetooth tapes found by a search, serial ports, simulators for training), the label
// printer (address, check, test print, what waits in the spool, how Japanese is printed).
// The search and Done sit at the bottom, in reach of a thumb; the rest scrolls.
Page {
    id: page

    required property DevicesViewModel model

    // The person is done here; the shell goes back.
    signal finished()

    background: Rectangle {
        color: "#eef2f5"
    }

    function tapeColour(state) {
        switch (state) {
        case "connected": return "#1e7d3a"
        case "searching":
        case "connecting": return "#8a5a00"
        case "reconnecting":
        case "stopped": return "#b3261e"
        default: return "#5a6b7f"
        }
    }
    function printerColour(state) {
        switch (state) {
        case "ready": return "#1e7d3a"
        case "checking": return "#8a5a00"
        case "none": return "#5a6b7f"
        default: return "#b3261e"
        }
    }
    function savePrinter() {
        if (page.model.setPrinterAddress(addressField.text))
            addressField.text = page.model.printerAddress
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flickable {
            id: flick
            objectName: "devicesScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: content.implicitHeight + 32
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollIndicator.vertical: ScrollIndicator {}

            ColumnLayout {
                id: content
                x: 16
                y: 16
                width: flick.width - 32
                spacing: 12

                // ---- The tape measure in use
                Rectangle {
                    objectName: "tapeCard"
                    Layout.fillWidth: true
                    implicitHeight: tapeColumn.implicitHeight + 24
                    radius: 10
                    color: "white"
                    border.color: "#d9e0e8"

                    ColumnLayout {
                        id: tapeColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 6

                        Text {
                            text: qsTr("Tape measure")
                            color: "#5a6b7f"
                            font.pixelSize: 14
                            Layout.fillWidth: true
                        }
                        Text {
                            objectName: "tapeName"
                            text: page.model.hasTape ? page.model.tapeName : qsTr("None chosen yet")
                            color: "#14212e"
                            font.pixelSize: 18
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            Rectangle {
                                width: 12
                                height: 12
                                radius: 6
                                color: page.tapeColour(page.model.tapeState)
                            }
                            Text {
                                objectName: "tapeState"
                                text: page.model.tapeStateText
                                color: page.tapeColour(page.model.tapeState)
                                font.pixelSize: 16
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        Text {
                            objectName: "tapeSimulatorNote"
                            visible: page.model.tapeIsSimulator
                            text: qsTr("A simulator, for training and demos: readings are not from a real tape.")
                            color: "#5a6b7f"
                            font.pixelSize: 14
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Text {
                            objectName: "tapeProblem"
                            visible: page.model.tapeProblem !== ""
                            text: page.model.tapeProblem
                            color: "#b3261e"
                            font.pixelSize: 16
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            visible: page.model.hasTape
                            Button {
                                objectName: "reconnectTape"
                                text: qsTr("Reconnect")
                                font.pixelSize: 16
                                implicitHeight: 52
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                onClicked: page.model.reconnectTape()
                            }
                            Button {
                                objectName: "forgetTape"
                                text: qsTr("Forget")
                                font.pixelSize: 16
                                implicitHeight: 52
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                onClicked: page.model.forgetTape()
                            }
                        }
                    }
                }

                // ---- Tapes to choose from
                Text {
                    text: qsTr("Choose a tape measure")
                    color: "#3b4a5c"
                    font.pixelSize: 16
                    font.bold: true
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    visible: page.model.discoveryStatus !== ""
                    BusyIndicator {
                        objectName: "discoveryBusy"
                        running: page.model.discovering
                        visible: page.model.discovering
                        implicitWidth: 32
                        implicitHeight: 32
                    }
                    Text {
                        objectName: "discoveryStatus"
                        text: page.model.discoveryStatus
                        color: "#3b4a5c"
                        font.pixelSize: 16
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    objectName: "candidates"
                    model: page.model.candidates

                    delegate: ItemDelegate {
                        id: row

                        required property int index
                        required property string spec
                        required property string name
                        required property string detail
                        required property bool simulator
                        required property bool remembered
                        // For the tests: a simulator row is marked for training.
                        readonly property bool training: simulator

                        objectName: "candidate_" + spec
                        Layout.fillWidth: true
                        implicitHeight: Math.max(56, rowColumn.implicitHeight + 16)
                        background: Rectangle {
                            radius: 8
                            color: row.pressed ? "#dde6ef" : "white"
                            border.color: row.remembered ? "#1e7d3a" : "#d9e0e8"
                            border.width: row.remembered ? 2 : 1
                        }
                        onClicked: page.model.choose(row.index)

                        contentItem: ColumnLayout {
                            id: rowColumn
                            spacing: 2
                            RowLayout {
                                spacing: 6
                                Layout.fillWidth: true
                                Text {
                                    text: row.name
                                    color: "#14212e"
                                    font.pixelSize: 16
                                    font.bold: row.remembered
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    visible: row.simulator
                                    text: qsTr("for training")
                                    color: "#5b3e96"
                                    font.pixelSize: 13
                                    padding: 3
                                    leftPadding: 6
                                    rightPadding: 6
                                    background: Rectangle {
                                        radius: 4
                                        color: "#eee8f8"
                                    }
                                }
                                Text {
                                    visible: row.remembered
                                    text: qsTr("in use")
                                    color: "#1e7d3a"
                                    font.pixelSize: 14
                                    font.bold: true
                                }
                            }
                            Text {
                                text: row.detail
                                color: "#5a6b7f"
                                font.pixelSize: 14
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }

                // ---- The label printer
                Rectangle {
                    objectName: "printerCard"
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    implicitHeight: printerColumn.implicitHeight + 24
                    radius: 10
                    color: "white"
                    border.color: "#d9e0e8"

                    ColumnLayout {
                        id: printerColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 6

                        Text {
                            text: qsTr("Label printer")
                            color: "#5a6b7f"
                            font.pixelSize: 14
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            TextField {
                                id: addressField
                                objectName: "printerAddress"
                                placeholderText: qsTr("IP address, e.g. 192.168.1.50:9100")
                                font.pixelSize: 16
                                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
                                                  | Qt.ImhNoAutoUppercase
                                Layout.fillWidth: true
                                Component.onCompleted: text = page.model.printerAddress
                                onAccepted: page.savePrinter()
                            }
                            Button {
                                objectName: "savePrinter"
                                text: qsTr("Save")
                                font.pixelSize: 16
                                implicitHeight: 52
                                onClicked: page.savePrinter()
                            }
                        }
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            Rectangle {
                                width: 12
                                height: 12
                                radius: 6
                                color: page.printerColour(page.model.printerState)
                            }
                            Text {
                                objectName: "printerState"
                                text: page.model.printerStateText
                                color: page.printerColour(page.model.printerState)
                                font.pixelSize: 16
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        Text {
                            objectName: "printerProblem"
                            visible: page.model.printerProblem !== ""
                            text: page.model.printerProblem
                            color: "#b3261e"
                            font.pixelSize: 16
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Text {
                            objectName: "spoolWaiting"
                            visible: page.model.spoolWaiting > 0
                            text: qsTr("Labels waiting to print: %1").arg(page.model.spoolWaiting)
                            color: "#8a5a00"
                            font.pixelSize: 16
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            enabled: page.model.hasPrinter
                            Button {
                                objectName: "checkPrinter"
                                text: qsTr("Check")
                                font.pixelSize: 16
                                implicitHeight: 52
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                onClicked: page.model.checkPrinter()
                            }
                            Button {
                                objectName: "testPrint"
                                text: qsTr("Test print")
                                font.pixelSize: 16
                                implicitHeight: 52
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                onClicked: page.model.testPrint()
                            }
                        }
                        Text {
                            text: qsTr("Japanese text on stickers")
                            color: "#5a6b7f"
                            font.pixelSize: 14
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                        }
                        RadioButton {
                            objectName: "japaneseFont"
                            text: qsTr("Printer's font")
                            font.pixelSize: 16
                            checked: page.model.japaneseMode === "font"
                            Layout.fillWidth: true
                            onClicked: page.model.setJapaneseMode("font")
                        }
                        RadioButton {
                            objectName: "japaneseGraphic"
                            text: qsTr("As a picture (any printer)")
                            font.pixelSize: 16
                            checked: page.model.japaneseMode === "graphic"
                            Layout.fillWidth: true
                            onClicked: page.model.setJapaneseMode("graphic")
                        }
                        Button {
                            objectName: "clearPrinter"
                            visible: page.model.hasPrinter
                            text: qsTr("No printer")
                            flat: true
                            font.pixelSize: 16
                            implicitHeight: 48
                            Layout.alignment: Qt.AlignRight
                            onClicked: {
                                page.model.clearPrinter()
                                addressField.text = ""
                            }
                        }
                    }
                }
            }
        }

        // What the last action came to, above the thumb's buttons.
        Text {
            objectName: "message"
            visible: text !== ""
            text: page.model.message
            color: "#14212e"
            font.pixelSize: 16
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.topMargin: 8
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Layout.margins: 16
            Layout.topMargin: 8
            Button {
                objectName: "findTapes"
                text: page.model.discovering ? qsTr("Stop searching") : qsTr("Find tape measures")
                highlighted: true
                font.pixelSize: 16
                implicitHeight: 56
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                onClicked: page.model.discovering ? page.model.stopDiscovery() : page.model.startDiscovery()
            }
            Button {
                objectName: "done"
                text: qsTr("Done")
                font.pixelSize: 16
                implicitHeight: 56
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: page.finished()
            }
        }
    }
}

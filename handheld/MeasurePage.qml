import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The measure screen (MeasureViewModel). Without an item: a big prompt to scan the care label (the
// shell hands scanned labels to the view-model). With one: the item, the garment's outline with the
// current point's line, the current point big, the last value with its deviation, the list of
// points (tap one to measure it again) and, at the bottom within a thumb's reach, Back, Skip, Type
// a value and (with the simulated tape) Simulate. Finished: the verdict, the failed points, the NG
// sticker's progress and Next item. Fits 360x640 under the shell's header: only the list scrolls.
Page {
    id: page

    required property MeasureViewModel model

    signal openDevices()
    signal openCamera()
    // The worker is done measuring (leave the screen).
    signal finished()

    readonly property bool hasItem: model.state !== MeasureViewModel.WaitingForLabel
    readonly property bool done: model.state === MeasureViewModel.Finished
    readonly property color passColor: "#2e7d32"
    readonly property color failColor: "#c62828"

    background: Rectangle {
        color: "#eef2f5"
    }

    // ---- no item: scan the care label ----
    ColumnLayout {
        objectName: "scanPrompt"
        visible: !page.hasItem
        anchors.fill: parent
        anchors.margins: 20
        spacing: 14

        Item {
            Layout.fillHeight: true
        }
        Text {
            text: qsTr("Scan the care label")
            color: "#14212e"
            font.pixelSize: 30
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Point the scanner at the QR code on the garment's care label.")
            color: "#5a6b7f"
            font.pixelSize: 16
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Button {
            id: cameraButton
            objectName: "cameraButton"
            text: qsTr("Scan with the camera")
            font.pixelSize: 16
            font.capitalization: Font.MixedCase
            highlighted: true
            leftPadding: 20
            rightPadding: 20
            background: ButtonFill {
                control: cameraButton
            }
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: 56
            onClicked: page.openCamera()
        }
        MessageStrip {
            vm: page.model
            Layout.fillWidth: true
        }
        TapeHint {
            vm: page.model
            Layout.fillWidth: true
            onDevicesClicked: page.openDevices()
        }
        Item {
            Layout.fillHeight: true
        }
    }

    // ---- an item ----
    ColumnLayout {
        visible: page.hasItem
        anchors.fill: parent
        spacing: 0

        // The item: id, style, size, lot, and how far along.
        Rectangle {
            color: "white"
            implicitHeight: itemLine.implicitHeight + 12
            Layout.fillWidth: true

            RowLayout {
                id: itemLine
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                spacing: 8

                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Text {
                        objectName: "itemId"
                        text: page.model.itemId
                        color: "#14212e"
                        font.pixelSize: 18
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Text {
                        text: page.model.lot !== ""
                              //: Style, size and lot of the garment being measured
                              ? qsTr("%1 · size %2 · lot %3").arg(page.model.style).arg(page.model.size).arg(page.model.lot)
                              : qsTr("%1 · size %2").arg(page.model.style).arg(page.model.size)
                        color: "#5a6b7f"
                        font.pixelSize: 14
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Text {
                    //: Points measured of all points, e.g. "3 / 12"
                    text: qsTr("%1 / %2").arg(page.model.measuredCount).arg(page.model.pointCount)
                    color: "#14212e"
                    font.pixelSize: 18
                    font.bold: true
                }
            }
        }

        // Finished: the verdict.
        Rectangle {
            objectName: "verdictBanner"
            visible: page.done
            color: page.model.verdict === MeasureViewModel.Pass ? page.passColor : page.failColor
            implicitHeight: verdictColumn.implicitHeight + 20
            Layout.fillWidth: true

            ColumnLayout {
                id: verdictColumn
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 14
                anchors.rightMargin: 14
                spacing: 2

                // The verdict on its own line, the summary under it (side by side, a wrapped
                // summary was laid over the verdict).
                Text {
                    objectName: "verdictText"
                    text: page.model.verdictText
                    color: "white"
                    font.pixelSize: 32
                    font.bold: true
                    Layout.fillWidth: true
                }
                Text {
                    text: page.model.summaryText
                    color: "white"
                    font.pixelSize: 16
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "failedPoints"
                    visible: page.model.failedPoints.length > 0
                    text: page.model.failedPoints.join("\n")
                    color: "white"
                    font.pixelSize: 16
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        // Finished and failed: the NG sticker.
        Rectangle {
            objectName: "stickerStrip"
            visible: page.done && page.model.stickerStatus !== ""
            color: page.model.stickerIsError ? "#fdecea" : "white"
            implicitHeight: Math.max(52, stickerRow.implicitHeight + 12)
            Layout.fillWidth: true

            RowLayout {
                id: stickerRow
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 8
                spacing: 8

                Text {
                    objectName: "stickerStatus"
                    text: page.model.stickerStatus
                    color: page.model.stickerIsError ? "#a33a2a" : "#14212e"
                    font.pixelSize: 14
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    id: stickerDevicesButton
                    objectName: "stickerDevicesButton"
                    visible: !page.model.hasPrinter
                    text: qsTr("Devices")
                    font.pixelSize: 16
                    font.capitalization: Font.MixedCase
                    background: ButtonFill {
                        control: stickerDevicesButton
                    }
                    Layout.preferredHeight: 48
                    onClicked: page.openDevices()
                }
            }
        }

        // Measuring: the garment with the current point's line, and the point big.
        RowLayout {
            objectName: "currentPoint"
            visible: !page.done
            spacing: 10
            Layout.fillWidth: true
            Layout.margins: 10
            Layout.bottomMargin: 4

            GarmentOutline {
                objectName: "garmentOutline"
                visible: page.model.garmentKind !== "other"
                outline: page.model.outlinePath
                lines: page.model.outlineLines
                currentCode: page.model.currentCode
                Layout.preferredWidth: 112
                Layout.preferredHeight: 112
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true

                Text {
                    objectName: "currentName"
                    text: page.model.currentName
                    color: "#1565c0"
                    font.pixelSize: 24
                    font.bold: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    //: The current point's target length, e.g. "Target 700.0 mm"
                    text: qsTr("Target %1").arg(page.model.currentTarget)
                    color: "#14212e"
                    font.pixelSize: 18
                    font.bold: true
                    Layout.fillWidth: true
                }
                Text {
                    //: The current point's tolerance in mm, e.g. "Tolerance -1.0 / +1.0"
                    text: qsTr("Tolerance %1").arg(page.model.currentTolerance)
                    color: "#5a6b7f"
                    font.pixelSize: 16
                    Layout.fillWidth: true
                }
                Text {
                    visible: page.model.currentValue !== ""
                    //: The current point was measured before (it is measured again now)
                    text: qsTr("Before: %1").arg(page.model.currentValue)
                    color: "#5a6b7f"
                    font.pixelSize: 16
                    Layout.fillWidth: true
                }
            }
        }

        // The value taken last: big, in the pass or fail colour.
        Rectangle {
            objectName: "lastReading"
            visible: page.model.hasLast && !page.done
            color: page.model.lastPass ? "#e8f5e9" : "#fdecea"
            border.color: page.model.lastPass ? page.passColor : page.failColor
            radius: 8
            implicitHeight: lastRow.implicitHeight + 10
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 4

            RowLayout {
                id: lastRow
                anchors.fill: parent
                anchors.leftMargin: 10
                anchors.rightMargin: 10
                spacing: 8

                Text {
                    text: page.model.lastName
                    color: "#14212e"
                    font.pixelSize: 16
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "lastValue"
                    text: page.model.lastValue
                    color: "#14212e"
                    font.pixelSize: 20
                    font.bold: true
                }
                Text {
                    text: page.model.lastDeviation
                    color: page.model.lastPass ? page.passColor : page.failColor
                    font.pixelSize: 16
                }
                Text {
                    //: Short verdict of one point: within tolerance
                    text: page.model.lastPass ? qsTr("OK") : qsTr("NG")
                    color: page.model.lastPass ? page.passColor : page.failColor
                    font.pixelSize: 20
                    font.bold: true
                }
            }
        }

        MessageStrip {
            vm: page.model
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 4
        }
        TapeHint {
            vm: page.model
            visible: !page.model.tapeReady && !page.done
            onDevicesClicked: page.openDevices()
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 4
        }

        // Every point; a tap measures it (again).
        ListView {
            id: list
            objectName: "pointList"
            clip: true
            model: page.model.points
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 112
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: MeasurePointRow {
                width: ListView.view.width
                onClicked: page.model.remeasure(index)
            }

            Connections {
                target: page.model
                function onCurrentChanged() {
                    if (page.model.currentRow >= 0)
                        list.positionViewAtIndex(page.model.currentRow, ListView.Contain);
                }
            }
        }
    }

    // ---- the bottom bar: one thumb ----
    footer: Rectangle {
        color: "white"
        implicitHeight: bar.implicitHeight + 12

        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: 1
            color: "#d9e0e8"
        }

        RowLayout {
            id: bar
            anchors.fill: parent
            anchors.margins: 6
            spacing: 6

            // Waiting for a label: leave the screen.
            BarButton {
                objectName: "doneButton"
                visible: !page.hasItem
                text: qsTr("Done")
                onClicked: page.finished()
            }

            BarButton {
                objectName: "backButton"
                visible: page.hasItem
                text: qsTr("Back")
                onClicked: page.model.back()
            }
            BarButton {
                objectName: "skipButton"
                visible: page.hasItem && !page.done
                text: qsTr("Skip")
                onClicked: page.model.skip()
            }
            BarButton {
                objectName: "typeButton"
                visible: page.hasItem && !page.done
                //: Opens the field to type the current point's value
                text: qsTr("Type")
                onClicked: {
                    manualField.text = "";
                    manualDialog.problem = "";
                    manualDialog.open();
                }
            }
            BarButton {
                id: simulateButton
                objectName: "simulateButton"
                visible: page.hasItem && !page.done && page.model.canSimulate
                //: Training: the simulated tape measure measures the current point
                text: qsTr("Simulate")
                onClicked: simulateMenu.open()

                Menu {
                    id: simulateMenu
                    objectName: "simulateMenu"
                    y: -height
                    MenuItem {
                        objectName: "simulatePass"
                        implicitHeight: 56
                        text: qsTr("Within tolerance")
                        font.pixelSize: 16
                        onTriggered: page.model.simulateReading(true)
                    }
                    MenuItem {
                        objectName: "simulateFail"
                        implicitHeight: 56
                        text: qsTr("Out of tolerance")
                        font.pixelSize: 16
                        onTriggered: page.model.simulateReading(false)
                    }
                }
            }
            BarButton {
                objectName: "printAgainButton"
                visible: page.done && page.model.verdict === MeasureViewModel.Fail && page.model.hasPrinter
                //: Prints the failed item's NG sticker again
                text: qsTr("Print again")
                onClicked: page.model.printSticker()
            }
            BarButton {
                objectName: "nextItemButton"
                visible: page.done
                text: qsTr("Next item")
                font.bold: true
                highlighted: true
                Layout.preferredWidth: 2
                onClicked: page.model.nextItem()
            }
        }
    }

    // A value typed for the current point (mm; "72.15cm" too). A refused one keeps the field open
    // with the reason.
    Dialog {
        id: manualDialog
        objectName: "manualDialog"

        property string problem

        parent: Overlay.overlay
        modal: true
        background: Rectangle {
            color: "white"
            radius: 8
        }
        width: Math.min((parent ? parent.width : 360) - 32, 420)
        x: ((parent ? parent.width : 360) - width) / 2
        y: 24 // high up: the on-screen keyboard takes the bottom
        //: Title of the field for typing a value, %1 is the point's name
        title: qsTr("Value of %1").arg(page.model.currentName)

        // Taken: closed; refused: open, with the reason.
        function submit() {
            if (page.model.enterManual(manualField.text)) {
                problem = "";
                close();
            } else {
                problem = page.model.message;
                manualField.selectAll();
                manualField.forceActiveFocus();
            }
        }

        onOpened: manualField.forceActiveFocus()

        footer: RowLayout {
            spacing: 8

            Item {
                Layout.fillWidth: true
            }
            Button {
                id: manualCancel
                objectName: "manualCancel"
                text: qsTr("Cancel")
                font.pixelSize: 16
                font.capitalization: Font.MixedCase
                background: ButtonFill {
                    control: manualCancel
                }
                Layout.preferredHeight: 56
                Layout.bottomMargin: 8
                onClicked: manualDialog.close()
            }
            Button {
                id: manualSave
                objectName: "manualSave"
                //: Takes the typed value for the current point
                text: qsTr("Save")
                font.pixelSize: 16
                font.capitalization: Font.MixedCase
                highlighted: true
                background: ButtonFill {
                    control: manualSave
                }
                Layout.preferredHeight: 56
                Layout.rightMargin: 16
                Layout.bottomMargin: 8
                onClicked: manualDialog.submit()
            }
        }

        contentItem: ColumnLayout {
            spacing: 8

            Text {
                text: qsTr("Target %1, tolerance %2").arg(page.model.currentTarget).arg(page.model.currentTolerance)
                color: "#5a6b7f"
                font.pixelSize: 16
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: manualField
                objectName: "manualField"
                placeholderText: qsTr("mm, e.g. 721.5")
                inputMethodHints: Qt.ImhFormattedNumbersOnly | Qt.ImhNoPredictiveText
                font.pixelSize: 22
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onAccepted: manualDialog.submit()
            }
            Text {
                visible: manualDialog.problem !== ""
                text: manualDialog.problem
                color: "#a33a2a"
                font.pixelSize: 14
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // The view-model's message: an error in red, anything else plain.
    component MessageStrip: Rectangle {
        id: strip
        required property MeasureViewModel vm
        objectName: "messageStrip"
        visible: strip.vm.message !== ""
        color: strip.vm.messageIsError ? "#fdecea" : "#e3f0fc"
        radius: 8
        implicitHeight: messageText.implicitHeight + 12

        Text {
            id: messageText
            objectName: "message"
            anchors.fill: parent
            anchors.margins: 6
            anchors.leftMargin: 10
            anchors.rightMargin: 10
            text: strip.vm.message
            color: strip.vm.messageIsError ? "#a33a2a" : "#14212e"
            font.pixelSize: 14
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
    }

    // No tape measure ready: values can be typed, or one connected on the Devices screen.
    component TapeHint: Rectangle {
        id: hint
        required property MeasureViewModel vm
        signal devicesClicked()
        objectName: "tapeHint"
        visible: !hint.vm.tapeReady
        color: "#fff8e1"
        radius: 8
        implicitHeight: Math.max(52, hintRow.implicitHeight + 8)

        RowLayout {
            id: hintRow
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 4
            spacing: 6

            Text {
                text: qsTr("No tape measure connected: type the values, or connect it.")
                color: "#6d4c00"
                font.pixelSize: 14
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                id: devicesButton
                objectName: "devicesButton"
                text: qsTr("Devices")
                font.pixelSize: 16
                font.capitalization: Font.MixedCase
                background: ButtonFill {
                    control: devicesButton
                }
                Layout.preferredHeight: 48
                onClicked: hint.devicesClicked()
            }
        }
    }

    // A button of the bottom bar: a thumb's height, words as written (they must fit four abreast).
    component BarButton: Button {
        id: barButton
        font.pixelSize: 16
        font.capitalization: Font.MixedCase
        leftPadding: 4
        rightPadding: 4
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 56
        background: ButtonFill {
            control: barButton
        }
    }

    // A button's own fill, so its edges show whatever draws it (the style's raised look needs
    // shader effects that software rendering, as on screenshots, leaves out).
    component ButtonFill: Rectangle {
        required property Button control
        implicitHeight: 48
        radius: 6
        color: !control.enabled ? "#e4e9ee"
             : control.highlighted ? (control.down ? "#17606e" : "#1f7a8c")
             : control.down ? "#d5dee6" : "#e8eef3"
    }
}

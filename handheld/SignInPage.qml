import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// Signing in: scan the badge (the shell's scanner hands it to the session), or type the worker
// code, then the PIN when the worker has one (the kiosk's fallback). Signing in punches nothing;
// the shell moves on when the session is signed in.
Page {
    id: page

    required property SessionViewModel model
    // Where the device stands (shown at the top) and the way to its settings and devices before
    // anyone signs in: an administrator sets a new handheld up there.
    property string siteName
    property string deviceName

    signal openSettings()
    signal openDevices()

    background: Rectangle {
        color: "#eef2f5"
    }

    function submit() {
        var ok = page.model.needsPin
                ? page.model.signInWithPin(codeField.text, pinField.text)
                : page.model.signInWithCode(codeField.text)
        pinField.text = ""
        if (ok)
            codeField.text = ""
        else if (page.model.needsPin)
            pinField.forceActiveFocus()
    }

    Connections {
        target: page.model
        // Someone signed in (a badge scan included): the typed code is not needed any more.
        function onSignedInChanged() {
            codeField.text = ""
            pinField.text = ""
        }
        // A worker's code label scanned: the code is in, the PIN is asked.
        function onNeedsPinChanged() {
            if (page.model.needsPin && codeField.text.trim() === "")
                codeField.text = page.model.pinCode
            if (page.model.needsPin)
                pinField.forceActiveFocus()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            spacing: 4
            Layout.fillWidth: true

            Text {
                objectName: "deviceLine"
                text: page.siteName === "" ? "" : qsTr("%1 · %2").arg(page.siteName).arg(page.deviceName)
                color: "#3b4a5c"
                font.pixelSize: 14
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "devicesButton"
                text: qsTr("Devices")
                font.pixelSize: 14
                implicitHeight: 48
                onClicked: page.openDevices()
            }
            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                font.pixelSize: 14
                implicitHeight: 48
                onClicked: page.openSettings()
            }
        }

        Item {
            Layout.fillHeight: true
            Layout.preferredHeight: 8
        }

        // The badge prompt: the main way in.
        Rectangle {
            objectName: "badgePrompt"
            radius: 16
            color: "#0f3b57"
            implicitHeight: promptColumn.implicitHeight + 40
            Layout.fillWidth: true

            ColumnLayout {
                id: promptColumn
                anchors.fill: parent
                anchors.margins: 20
                spacing: 8

                // A badge drawn with rectangles: no image file to ship.
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: 72
                    implicitHeight: 96
                    radius: 10
                    color: "#f2b632"

                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 10
                        width: 24
                        height: 6
                        radius: 3
                        color: "#0f3b57"
                    }
                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 28
                        width: 36
                        height: 36
                        radius: 18
                        color: "#0f3b57"
                    }
                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 72
                        width: 48
                        height: 8
                        radius: 4
                        color: "#0f3b57"
                    }
                }
                Text {
                    text: qsTr("Scan your badge")
                    color: "white"
                    font.pixelSize: 28
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    text: qsTr("Point the scanner at the barcode on your ID card.")
                    color: "#bcd3e4"
                    font.pixelSize: 16
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        Text {
            objectName: "message"
            visible: text !== ""
            text: page.model.message
            color: page.model.messageIsError ? "#a33a2a" : "#1e6a3f"
            font.pixelSize: 16
            font.bold: page.model.messageIsError
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Item {
            Layout.fillHeight: true
            Layout.preferredHeight: 8
        }

        // The fallback, near the thumb: code (and PIN), then Sign in.
        Text {
            text: page.model.needsPin ? qsTr("Worker code and PIN") : qsTr("Or type your worker code")
            color: "#14212e"
            font.pixelSize: 16
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: codeField
            objectName: "codeField"
            placeholderText: qsTr("Worker code")
            readOnly: page.model.needsPin
            font.pixelSize: 20
            // Numbers first; letters stay reachable (codes like W00042).
            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onAccepted: page.submit()
        }
        TextField {
            id: pinField
            objectName: "pinField"
            visible: page.model.needsPin
            placeholderText: qsTr("PIN")
            echoMode: TextInput.Password
            font.pixelSize: 20
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onAccepted: page.submit()
            onVisibleChanged: if (visible) forceActiveFocus()
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true

            Button {
                objectName: "backButton"
                visible: page.model.needsPin
                text: qsTr("Back")
                font.pixelSize: 18
                Layout.preferredHeight: 56
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                onClicked: {
                    pinField.text = ""
                    page.model.cancelPin()
                }
            }
            Button {
                objectName: "signInButton"
                text: qsTr("Sign in")
                highlighted: true
                enabled: codeField.text.trim() !== "" && (!page.model.needsPin || pinField.text !== "")
                font.pixelSize: 18
                font.bold: true
                Layout.preferredHeight: 56
                Layout.preferredWidth: 2
                Layout.fillWidth: true
                onClicked: page.submit()
            }
        }
    }
}

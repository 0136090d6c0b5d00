import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The device's settings: the language for everyone; the site, the scanner's prefix and suffix and
// the spec keys for an administrator, who unlocks them here (the view-model checks the account and
// locks again after a few idle minutes or when the page goes).
Page {
    id: page

    required property SettingsViewModel model

    signal finished()

    background: Rectangle {
        color: "#eef2f5"
    }

    // Leaving the page locks the administrator's settings.
    Component.onDestruction: if (page.model) page.model.lockAdmin()

    component SectionTitle: Text {
        color: "#14212e"
        font.pixelSize: 18
        font.bold: true
        wrapMode: Text.Wrap
        Layout.topMargin: 8
        Layout.fillWidth: true
    }

    component Card: Rectangle {
        default property alias content: cardColumn.data
        implicitHeight: cardColumn.implicitHeight + 24
        radius: 10
        color: "white"
        border.color: "#d9e0e8"
        Layout.fillWidth: true

        ColumnLayout {
            id: cardColumn
            anchors.fill: parent
            anchors.margins: 12
            spacing: 8
        }
    }

    component Label16: Text {
        color: "#14212e"
        font.pixelSize: 16
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    component Note: Text {
        color: "#5a6b7f"
        font.pixelSize: 14
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    component Field: TextField {
        font.pixelSize: 16
        Layout.fillWidth: true
        Layout.preferredHeight: 56
    }

    component BigButton: Button {
        font.pixelSize: 16
        Layout.fillWidth: true
        Layout.preferredHeight: 56
    }

    Flickable {
        id: flick
        objectName: "settingsFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight + 32
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: content
            x: 16
            y: 16
            width: flick.width - 32
            spacing: 10

            SectionTitle {
                text: qsTr("Language")
            }
            RowLayout {
                spacing: 10
                Layout.fillWidth: true

                // Each language in its own name, in either language: not translated.
                Button {
                    objectName: "languageJa"
                    text: (highlighted ? "✓ " : "") + "日本語"
                    highlighted: page.model.language === "ja"
                    font.bold: highlighted
                    font.pixelSize: 18
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 64
                    onClicked: page.model.setLanguage("ja")
                }
                Button {
                    objectName: "languageEn"
                    text: (highlighted ? "✓ " : "") + "English"
                    highlighted: page.model.language === "en"
                    font.bold: highlighted
                    font.pixelSize: 18
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 64
                    onClicked: page.model.setLanguage("en")
                }
            }

            SectionTitle {
                text: qsTr("Device")
            }
            Card {
                objectName: "deviceCard"

                Note {
                    text: qsTr("Site")
                }
                Label16 {
                    objectName: "siteText"
                    text: page.model.siteName !== ""
                          ? qsTr("%1 (%2)").arg(page.model.siteName).arg(page.model.siteCode)
                          : page.model.siteCode
                    font.bold: true
                }
                Note {
                    text: qsTr("Device")
                }
                Label16 {
                    objectName: "deviceText"
                    text: qsTr("%1 (%2)").arg(page.model.deviceName).arg(page.model.deviceId)
                }
                Note {
                    objectName: "setByAdmin"
                    visible: !page.model.adminUnlocked
                    text: qsTr("Set by an administrator.")
                    font.italic: true
                }
            }

            SectionTitle {
                text: qsTr("Administrator")
            }

            // Locked: the administrator's account and password.
            Card {
                objectName: "unlockCard"
                visible: !page.model.adminUnlocked

                Note {
                    text: qsTr("The site, the scanner and the spec keys are changed by an administrator.")
                }
                Field {
                    id: accountField
                    objectName: "adminAccount"
                    placeholderText: qsTr("Account")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onAccepted: passwordField.forceActiveFocus()
                }
                Field {
                    id: passwordField
                    objectName: "adminPassword"
                    placeholderText: qsTr("Password")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                    onAccepted: unlockButton.clicked()
                }
                BigButton {
                    id: unlockButton
                    objectName: "unlockButton"
                    text: qsTr("Unlock")
                    enabled: accountField.text.trim() !== "" && passwordField.text !== ""
                    onClicked: {
                        page.model.unlockAdmin(accountField.text, passwordField.text);
                        passwordField.clear();
                    }
                }
            }

            // Unlocked: the administrator's settings.
            ColumnLayout {
                objectName: "adminSettings"
                visible: page.model.adminUnlocked
                spacing: 10
                Layout.fillWidth: true

                Note {
                    text: qsTr("Unlocked for %1.").arg(page.model.adminName)
                }

                Card {
                    objectName: "siteCard"

                    Label16 {
                        text: qsTr("Site of this device")
                        font.bold: true
                    }
                    ComboBox {
                        id: siteChooser
                        objectName: "siteChooser"
                        model: page.model.sites.map(s => qsTr("%1 (%2)").arg(s.name).arg(s.code))
                        currentIndex: page.model.sites.findIndex(s => s.code === page.model.siteCode)
                        font.pixelSize: 16
                        Layout.fillWidth: true
                        Layout.preferredHeight: 56
                        onActivated: page.model.keepAdminUnlocked()

                        Connections {
                            target: page.model
                            function onSiteChanged() {
                                siteChooser.currentIndex = Qt.binding(
                                    () => page.model.sites.findIndex(s => s.code === page.model.siteCode));
                            }
                        }
                    }
                    BigButton {
                        objectName: "setSiteButton"
                        text: qsTr("Move the device to this site")
                        enabled: siteChooser.currentIndex >= 0
                                 && page.model.sites[siteChooser.currentIndex].code !== page.model.siteCode
                        onClicked: page.model.setSite(page.model.sites[siteChooser.currentIndex].code)
                    }
                }

                Card {
                    objectName: "scannerCard"

                    Label16 {
                        text: qsTr("Scanner")
                        font.bold: true
                    }
                    Note {
                        text: qsTr("What the scanner sends before and after each code. Write control characters as <GS> (or two hex digits, like <1D>).")
                    }
                    Note {
                        text: qsTr("Prefix")
                    }
                    Field {
                        id: prefixField
                        objectName: "scannerPrefixField"
                        onTextEdited: page.model.keepAdminUnlocked() // typing keeps the unlock
                        text: page.model.scannerPrefix
                        font.family: "monospace"
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    }
                    Note {
                        text: qsTr("Suffix")
                    }
                    Field {
                        id: suffixField
                        objectName: "scannerSuffixField"
                        onTextEdited: page.model.keepAdminUnlocked() // typing keeps the unlock
                        text: page.model.scannerSuffix
                        font.family: "monospace"
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    }
                    BigButton {
                        objectName: "saveScannerButton"
                        text: qsTr("Save prefix and suffix")
                        onClicked: {
                            if (page.model.setScannerAffixes(prefixField.text, suffixField.text)) {
                                // Shown again as stored (<1d> becomes <GS>).
                                prefixField.text = Qt.binding(() => page.model.scannerPrefix);
                                suffixField.text = Qt.binding(() => page.model.scannerSuffix);
                            }
                        }
                    }
                }

                Card {
                    objectName: "specKeysCard"

                    Label16 {
                        text: qsTr("Spec keys")
                        font.bold: true
                    }
                    Note {
                        text: page.model.specKeyIds.length === 0
                              ? qsTr("No spec keys: care labels cannot be read on this device.")
                              : qsTr("The brands' keys that sign the care labels. Only their ids are shown.")
                    }
                    Repeater {
                        model: page.model.specKeyIds

                        RowLayout {
                            id: keyRow
                            required property string modelData
                            spacing: 8
                            Layout.fillWidth: true

                            Label16 {
                                text: qsTr("Key %1").arg(keyRow.modelData)
                                font.family: "monospace"
                                verticalAlignment: Text.AlignVCenter
                                Layout.fillWidth: true
                            }
                            Button {
                                objectName: "removeKey_" + keyRow.modelData
                                text: qsTr("Remove")
                                font.pixelSize: 16
                                Layout.preferredHeight: 56
                                onClicked: page.model.removeSpecKey(keyRow.modelData)
                            }
                        }
                    }
                    Field {
                        id: newKeyField
                        objectName: "newSpecKeyField"
                        onTextEdited: page.model.keepAdminUnlocked() // typing keeps the unlock
                        placeholderText: qsTr("ID:SECRET")
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                        onAccepted: addKeyButton.clicked()
                    }
                    BigButton {
                        id: addKeyButton
                        objectName: "addSpecKeyButton"
                        text: qsTr("Add the key")
                        enabled: newKeyField.text.trim() !== ""
                        onClicked: {
                            if (page.model.addSpecKey(newKeyField.text))
                                newKeyField.clear();
                        }
                    }
                }

                BigButton {
                    objectName: "lockButton"
                    text: qsTr("Lock these settings")
                    onClicked: page.model.lockAdmin()
                }
            }
        }
    }

    // What the last action did (or why not), and the main action, within the thumb's reach.
    footer: Pane {
        padding: 8
        background: Rectangle {
            color: "#eef2f5"
        }

        ColumnLayout {
            width: parent.width
            spacing: 8

            Rectangle {
                objectName: "settingsMessage"
                visible: page.model.message !== ""
                implicitHeight: messageText.implicitHeight + 20
                radius: 8
                color: page.model.messageIsError ? "#fbe9e6" : "#e6f4ea"
                border.color: page.model.messageIsError ? "#d9a69c" : "#a8d5b5"
                Layout.fillWidth: true

                Text {
                    id: messageText
                    objectName: "settingsMessageText"
                    anchors.fill: parent
                    anchors.margins: 10
                    text: page.model.message
                    color: page.model.messageIsError ? "#a33a2a" : "#1e5e32"
                    font.pixelSize: 16
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                }
            }
            Button {
                objectName: "doneButton"
                text: qsTr("Done")
                font.pixelSize: 16
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: {
                    page.model.lockAdmin();
                    page.finished();
                }
            }
        }
    }
}

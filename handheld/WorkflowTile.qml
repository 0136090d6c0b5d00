import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A big tile that starts a workflow. A workflow that is not built yet shows its tile disabled,
// with a note saying so, instead of a tile that does nothing when tapped.
AbstractButton {
    id: tile

    required property string key
    required property string title
    required property string description
    required property bool available
    required property string note

    enabled: available
    implicitHeight: Math.max(132, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: title
    Accessible.description: available ? description : note

    background: Rectangle {
        radius: 14
        color: tile.enabled ? (tile.down ? "#dbe8f2" : "white") : "#e4e9ee"
        border.color: tile.enabled ? "#1f5f8b" : "#cfd7df"
        border.width: tile.enabled ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: 6

        Text {
            text: tile.title
            color: tile.enabled ? "#14212e" : "#6b7a89"
            font.pixelSize: 21
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: tile.description
            color: tile.enabled ? "#3b4a5c" : "#7d8a97"
            font.pixelSize: 13
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Item {
            Layout.fillHeight: true
        }
        Rectangle {
            visible: tile.note !== ""
            color: "#cdd5de"
            radius: height / 2
            implicitWidth: noteText.implicitWidth + 20
            implicitHeight: noteText.implicitHeight + 8

            Text {
                id: noteText
                anchors.centerIn: parent
                text: tile.note
                color: "#3b4a5c"
                font.pixelSize: 12
                font.bold: true
            }
        }
    }
    leftPadding: 14
    rightPadding: 14
    topPadding: 14
    bottomPadding: 12
}

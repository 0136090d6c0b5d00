import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One point in the measure screen's list (MeasurePointModel's roles): where it stands as a coloured
// mark, its name and code, target and tolerance, and the value with its deviation once measured.
// A tap asks to measure it (again): the list calls MeasureViewModel::remeasure.
ItemDelegate {
    id: row

    required property int index
    required property string code
    required property string name
    required property string target
    required property string tolerance
    required property string value
    required property string deviation
    required property string status
    required property int attempt

    readonly property color statusColor: row.status === "pass" ? "#2e7d32"
                                       : row.status === "fail" ? "#c62828"
                                       : row.status === "current" ? "#1565c0" : "#9aa7b5"

    objectName: "pointRow_" + code
    implicitHeight: Math.max(56, content.implicitHeight + 16)
    padding: 0
    background: Rectangle {
        color: row.status === "current" ? "#e3f0fc" : row.down ? "#eef2f5" : "white"
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: "#e1e7ed"
        }
    }

    contentItem: RowLayout {
        id: content
        spacing: 10

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 6
            color: row.statusColor
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.topMargin: 6
            Layout.bottomMargin: 6

            Text {
                text: row.name === row.code ? row.code : qsTr("%1 (%2)").arg(row.name).arg(row.code)
                color: "#14212e"
                font.pixelSize: 16
                font.bold: row.status === "current"
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                //: A point's target and tolerance in the list, e.g. "700.0 mm  -1.0 / +1.0"
                text: qsTr("%1  %2").arg(row.target).arg(row.tolerance)
                color: "#5a6b7f"
                font.pixelSize: 14
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 0
            Layout.rightMargin: 12
            visible: row.value !== ""

            Text {
                text: row.value
                color: row.status === "fail" ? "#c62828" : "#14212e"
                font.pixelSize: 16
                font.bold: true
                Layout.alignment: Qt.AlignRight
            }
            Text {
                text: row.attempt > 1 ? qsTr("%1 · try %2").arg(row.deviation).arg(row.attempt) : row.deviation
                color: row.status === "fail" ? "#c62828" : "#2e7d32"
                font.pixelSize: 14
                Layout.alignment: Qt.AlignRight
            }
        }
        Text {
            visible: row.value === ""
            text: row.status === "current" ? qsTr("now") : ""
            color: row.statusColor
            font.pixelSize: 14
            font.bold: true
            Layout.rightMargin: 12
        }
    }
}

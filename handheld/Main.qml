import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Wh.Handheld

// The handheld's window: portrait, one hand (360x640 reference, scales to tablets). The shell
// (HandheldApp) says which screen is up; this shows it under the header, with the scan message bar
// at the bottom and the forgotten-punch guard's dialog over everything.
ApplicationWindow {
    id: window

    required property HandheldApp app
    // The feedback flash; off for pictures (--screenshot), where it would be caught half-way.
    property bool flashEnabled: true

    width: 360
    height: 640
    visible: false // the program shows it once the screenshot hook (if any) is in place
    title: qsTr("Handheld: %1").arg(app.home.siteName)
    color: "#eef2f5"
    Material.theme: Material.Light
    Material.primary: "#0f3b57"
    Material.accent: "#1f7a8c"

    header: HandheldHeader {
        app: window.app
        visible: window.app.screen !== HandheldApp.SignIn
    }

    Loader {
        id: screenLoader
        objectName: "screen"
        anchors.fill: parent
        sourceComponent: {
            switch (window.app.screen) {
            case HandheldApp.SignIn: return signInScreen;
            case HandheldApp.Measure: return measureScreen;
            case HandheldApp.Activity: return activityScreen;
            case HandheldApp.Devices: return devicesScreen;
            case HandheldApp.Settings: return settingsScreen;
            case HandheldApp.Camera: return cameraScreen;
            default: return homeScreen;
            }
        }
    }

    Component {
        id: signInScreen
        SignInPage {
            model: window.app.session
            siteName: window.app.home.siteName
            deviceName: window.app.home.deviceName
            onOpenSettings: window.app.open(HandheldApp.Settings)
            onOpenDevices: window.app.open(HandheldApp.Devices)
        }
    }
    Component {
        id: homeScreen
        HomePage {
            home: window.app.home
            onWorkflowChosen: key => window.app.openWorkflow(key)
            onOpenCamera: window.app.open(HandheldApp.Camera)
        }
    }
    Component {
        id: measureScreen
        MeasurePage {
            model: window.app.measure
            onOpenDevices: window.app.open(HandheldApp.Devices)
            onOpenCamera: window.app.open(HandheldApp.Camera)
            onFinished: window.app.back()
        }
    }
    Component {
        id: activityScreen
        ActivityPage {
            model: window.app.activity
            onFinished: window.app.back()
        }
    }
    Component {
        id: devicesScreen
        DevicesPage {
            model: window.app.devices
            onFinished: window.app.back()
        }
    }
    Component {
        id: settingsScreen
        SettingsPage {
            model: window.app.settings
            onFinished: window.app.back()
        }
    }
    Component {
        id: cameraScreen
        CameraScanPage {
            model: window.app.camera
            onClosed: window.app.back()
        }
    }

    // What the last scan was taken as, when it was not what this screen takes (or could not be read).
    footer: ScanMessageBar {
        app: window.app
    }

    // The feedback seen as well as heard (no vibration on this platform, sound maybe off): the
    // screen's edge flashes green for a good scan, red for a wrong code or a failed point.
    Rectangle {
        id: flash
        objectName: "feedbackFlash"
        parent: Overlay.overlay
        anchors.fill: parent
        color: "transparent"
        border.width: 8
        border.color: "#2e9d57"
        opacity: 0
        z: 1000

        NumberAnimation {
            id: flashOut
            target: flash
            property: "opacity"
            from: 1
            to: 0
            duration: 450
            easing.type: Easing.InQuad
        }
    }
    Connections {
        target: window.app.feedback
        function onGiven(kind) {
            if (!window.flashEnabled)
                return
            flash.border.color = kind === ScanFeedback.Good ? "#2e9d57" : "#d0442c"
            flashOut.restart()
        }
    }

    GuardDialog {
        objectName: "guardDialog"
        model: window.app.activity
        parent: Overlay.overlay
    }
}

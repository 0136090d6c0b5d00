import QtQuick
import QtTest
import Wh.Handheld

// GuardDialog on its own (no store: its texts and suggestions set by hand, as a preview would):
// the text and the suggestions shown, the suggested one pre-selected, another one chosen by a
// tap, Switch / Clock in / Continue without switching / Cancel / Escape telling what was chosen,
// touch targets of 48 px inside 360 x 640. tst_activityviewmodel drives it with the real model.
TestCase {
    id: testCase
    name: "GuardDialog"
    when: windowShown
    width: 360
    height: 640

    GuardDialog {
        id: dialog
        model: null
    }

    SignalSpy {
        id: switchSpy
        target: dialog
        signalName: "switchChosen"
    }
    SignalSpy {
        id: continueSpy
        target: dialog
        signalName: "continueChosen"
    }
    SignalSpy {
        id: cancelSpy
        target: dialog
        signalName: "cancelChosen"
    }

    readonly property var sample: [
        { code: "MEA-MSR-SPEC", name: "Spec check", recent: true },
        { code: "MEA-MSR-GARMENT", name: "Garment measurement", recent: false },
        { code: "MEA-MSR-SAMPLE", name: "Sample measurement", recent: false }
    ]

    function init() {
        dialog.titleText = "Switch activity?"
        dialog.bodyText = "You are punched into Packing. Measuring counts for Spec check. Switch?"
        dialog.suggestions = sample
        dialog.selectedIndex = 0
        dialog.clockIn = false
        switchSpy.clear()
        continueSpy.clear()
        cancelSpy.clear()
        dialog.open()
        tryVerify(function() { return dialog.opened })
        // Laid out: every suggestion made, the last button inside the window.
        tryVerify(function() { return suggestion("MEA-MSR-SAMPLE") !== null })
        tryVerify(function() {
            var b = button("cancelButton")
            return b && b.mapToItem(testCase, 0, b.height).y <= testCase.height && b.height >= 48
        })
    }

    function cleanup() {
        if (dialog.visible)
            dialog.close()
        tryVerify(function() { return !dialog.visible })
    }

    function button(name) {
        return findChild(dialog.footer, name)
    }
    function suggestion(code) {
        return findChild(dialog.contentItem, "suggestion_" + code)
    }
    function texts(item) {
        var out = []
        function walk(i) {
            if (i.text !== undefined && i.visible)
                out.push(i.text)
            for (var k = 0; k < i.children.length; ++k)
                walk(i.children[k])
        }
        walk(item)
        return out
    }

    function test_showsTheTextAndTheSuggestions() {
        var shown = texts(dialog.contentItem)
        verify(shown.indexOf("You are punched into Packing. Measuring counts for Spec check. Switch?") >= 0, shown)
        verify(shown.indexOf("Spec check") >= 0, shown)
        verify(shown.indexOf("Garment measurement") >= 0, shown)
        compare(dialog.header.objectName, "guardTitle")
        compare(dialog.header.text, "Switch activity?")
        verify(suggestion("MEA-MSR-SPEC").selected, "the suggested one is pre-selected")
        verify(!suggestion("MEA-MSR-GARMENT").selected)
        verify(!suggestion("MEA-MSR-SAMPLE").selected)
        compare(button("switchButton").text, "Switch")
    }

    function test_switchTellsTheSelectedCode() {
        mouseClick(button("switchButton"))
        compare(switchSpy.count, 1)
        compare(switchSpy.signalArguments[0][0], "MEA-MSR-SPEC")
        tryVerify(function() { return !dialog.visible })
        compare(cancelSpy.count, 0, "closed by a choice: not a cancel")
    }

    function test_anotherOneChosen() {
        mouseClick(suggestion("MEA-MSR-SAMPLE"))
        compare(dialog.selectedIndex, 2)
        verify(suggestion("MEA-MSR-SAMPLE").selected)
        verify(!suggestion("MEA-MSR-SPEC").selected)
        mouseClick(button("switchButton"))
        compare(switchSpy.signalArguments[0][0], "MEA-MSR-SAMPLE")
    }

    function test_clockInWhenNotClockedIn() {
        dialog.clockIn = true
        compare(button("switchButton").text, "Clock in")
    }

    function test_continueWithoutSwitching() {
        mouseClick(button("continueButton"))
        compare(continueSpy.count, 1)
        compare(switchSpy.count, 0)
        tryVerify(function() { return !dialog.visible })
        compare(cancelSpy.count, 0)
    }

    function test_cancel() {
        mouseClick(button("cancelButton"))
        compare(cancelSpy.count, 1)
        tryVerify(function() { return !dialog.visible })
        compare(cancelSpy.count, 1, "once")
    }

    function test_escapeIsCancel() {
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !dialog.visible })
        compare(cancelSpy.count, 1)
        compare(switchSpy.count, 0)
    }

    function test_nothingToSwitchTo() {
        dialog.suggestions = []
        dialog.selectedIndex = -1
        verify(!button("switchButton").enabled)
        verify(button("continueButton").enabled)
    }

    function test_fitsTheScreen() {
        verify(dialog.width <= testCase.width)
        var names = ["switchButton", "continueButton", "cancelButton"]
        for (var i = 0; i < names.length; ++i) {
            var b = button(names[i])
            verify(b.height >= 48, names[i] + " " + b.height)
            var corner = b.mapToItem(testCase, b.width, b.height)
            verify(corner.x <= testCase.width && corner.y <= testCase.height, names[i])
        }
        var row = suggestion("MEA-MSR-SPEC")
        verify(row.height >= 48)
    }
}

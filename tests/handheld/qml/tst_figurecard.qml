import QtQuick
import QtTest
import Wh.Handheld

// FigureCard: a caption over a value, both shown.
TestCase {
    name: "FigureCard"
    when: windowShown
    width: 360
    height: 200

    FigureCard {
        id: card
        caption: "Units"
        value: "1,234"
        width: 160
    }

    function test_showsCaptionAndValue() {
        var texts = [];
        function walk(item) {
            for (var i = 0; i < item.children.length; ++i) {
                var c = item.children[i];
                if (c.text !== undefined)
                    texts.push(c.text);
                walk(c);
            }
        }
        walk(card);
        verify(texts.indexOf("Units") >= 0, "caption shown: " + texts);
        verify(texts.indexOf("1,234") >= 0, "value shown: " + texts);
        verify(card.implicitHeight > 0);
    }
}

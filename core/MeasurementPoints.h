#pragma once

#include <QString>

#include <vector>

namespace wh {

// The catalogue of garment measurement points by code: the names a care-label spec's points are
// shown with (the label carries only the code). Codes are 1-4 characters of A-Z and 0-9, starting
// with a letter (see MeasurementSpec.h); the catalogue's own are two letters.
//
//   code  ja            en
//   BL    着丈          Body length
//   CW    身幅          Chest width
//   SW    肩幅          Shoulder width
//   SL    袖丈          Sleeve length
//   YK    裄丈          Centre back to cuff
//   AH    袖ぐり        Armhole
//   BI    袖幅          Bicep width
//   CU    袖口          Cuff width
//   NW    衿ぐり        Neck width
//   ND    前下がり      Front neck drop
//   CL    衿幅          Collar width
//   BU    バスト        Bust
//   WA    ウエスト      Waist
//   HI    ヒップ        Hip
//   IN    股下          Inseam
//   RI    股上          Rise
//   FR    前股上        Front rise
//   BR    後ろ股上      Back rise
//   TH    わたり        Thigh
//   KN    膝幅          Knee width
//   HW    裾幅          Hem width
//   OL    総丈          Outseam (total length)
//   SK    スカート丈    Skirt length
//
// A code the catalogue does not know is shown as the code itself: a brand may put its own points
// on a label, and the measurement still works.
struct MeasurementPointName {
    QString code;
    QString japanese;
    QString english;
};

class MeasurementPoints {
public:
    // Every point of the catalogue, in the order above (the usual order of measuring: tops, then
    // bottoms).
    [[nodiscard]] static const std::vector<MeasurementPointName> &all();
    // Whether the catalogue knows `code`.
    [[nodiscard]] static bool known(const QString &code);
    // The point's name in `language` ("ja" or "en"; anything else is English); the code itself
    // for a code the catalogue does not know.
    [[nodiscard]] static QString name(const QString &code, const QString &language);
};

} // namespace wh

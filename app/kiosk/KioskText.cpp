#include "KioskText.h"

#include "SiteText.h"

namespace wh {

QString KioskText::activityName(const Activity &activity)
{
    return SiteText::localizedName(activity.nameJa, activity.nameEn);
}

QString KioskText::blockName(const Block &block)
{
    return SiteText::localizedName(block.nameJa, block.nameEn);
}

QString KioskText::sectionName(const Section &section)
{
    return SiteText::localizedName(section.nameJa, section.nameEn);
}

QString KioskText::styleSheet()
{
    return QStringLiteral(R"(
QWidget#kioskPage { background: #0f2137; }
QWidget#kioskPage QLabel { color: #f3f6fa; }
QLabel#pageTitle { font-size: 44px; font-weight: 700; }
QLabel#pageSubtitle { font-size: 26px; color: #9fb3c8; }
QLabel#chooserTitle { font-size: 36px; font-weight: 700; }
QLabel#chooserWorker { font-size: 22px; color: #9fb3c8; }
QLabel#workerName { font-size: 60px; font-weight: 700; }
QLabel#workerCode { font-size: 24px; color: #9fb3c8; }
QLabel#stateLine { font-size: 42px; font-weight: 700; }
QLabel#detailLine { font-size: 30px; color: #c9d6e3; }
QLabel#warningLine { font-size: 24px; color: #ffd27a; }
QLabel#sectionHeading { font-size: 24px; font-weight: 700; color: #9fb3c8; padding-top: 8px; }
QLabel#emptyHint { font-size: 24px; color: #9fb3c8; }
QFrame#stateBox { background: #18314f; border-radius: 24px; }
QPushButton { font-size: 30px; font-weight: 700; color: #f3f6fa; background: #24476f; border: 3px solid #24476f;
              border-radius: 20px; padding: 12px 20px; min-height: 72px; }
QPushButton:focus { border-color: #f2b632; }
QPushButton:pressed { background: #1a3656; }
QPushButton#primaryAction { background: #f2b632; border-color: #f2b632; color: #1b1405; min-height: 140px; font-size: 40px; }
QPushButton#primaryAction:focus { border-color: #ffffff; }
QPushButton#breakAction { background: #2f7d8c; border-color: #2f7d8c; min-height: 140px; font-size: 40px; }
QPushButton#breakAction:focus { border-color: #f2b632; }
QPushButton#clockOutAction { background: #b4533c; border-color: #b4533c; min-height: 140px; font-size: 40px; }
QPushButton#clockOutAction:focus { border-color: #f2b632; }
QPushButton#secondaryAction { background: transparent; border-color: #4d6a8c; font-size: 28px; min-height: 64px; }
QPushButton#secondaryAction:focus { border-color: #f2b632; }
QPushButton#category { font-size: 20px; text-align: left; min-height: 40px; padding: 6px 12px; background: #18314f;
                       border-color: #18314f; }
QPushButton#category:checked { background: #f2b632; border-color: #f2b632; color: #1b1405; }
QPushButton#category:focus { border-color: #ffffff; }
QPushButton#activityTile { background: #24476f; border-color: #24476f; min-height: 104px; padding: 0; }
QPushButton#activityTile:focus { border-color: #f2b632; }
QLabel#tileName { font-size: 24px; font-weight: 700; color: #f3f6fa; }
QLabel#tileCode { font-size: 16px; color: #9fb3c8; }
QLabel#tileMark { font-size: 16px; font-weight: 700; color: #1b1405; background: #f2b632; border-radius: 8px;
                  padding: 2px 8px; }
QLabel#tileMarkNow { font-size: 16px; font-weight: 700; color: #ffffff; background: #1e7b4a; border-radius: 8px;
                     padding: 2px 8px; }
QPushButton#keypadKey { font-size: 40px; min-height: 84px; min-width: 120px; }
QLineEdit { font-size: 36px; padding: 10px 16px; border-radius: 14px; border: 3px solid #4d6a8c; background: #f3f6fa;
            color: #1c2530; }
QLineEdit:focus { border-color: #f2b632; }
QLabel#fieldLabel { font-size: 24px; color: #c9d6e3; }
QScrollArea { background: transparent; border: none; }
QScrollBar:vertical { background: #18314f; width: 16px; margin: 0; border-radius: 8px; }
QScrollBar::handle:vertical { background: #4d6a8c; min-height: 48px; border-radius: 8px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
QWidget#tileArea { background: transparent; }
QLabel#toast { background: #f3f6fa; color: #1c2530; font-size: 28px; font-weight: 700; border-radius: 20px;
               padding: 16px 32px; }
)");
}

} // namespace wh

#include "PrinterStatus.h"

#include "HexBytes.h"

#include <QCoreApplication>

namespace wh::drivers {

namespace {

constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers", text);
}

// The contents of the first three STX ... ETX frames; fewer when the buffer has fewer.
std::vector<QByteArray> frames(const QByteArray &buffer, qsizetype *end = nullptr)
{
    std::vector<QByteArray> out;
    qsizetype at = 0;
    while (out.size() < 3) {
        const qsizetype stx = buffer.indexOf(kStx, at);
        if (stx < 0)
            break;
        const qsizetype etx = buffer.indexOf(kEtx, stx + 1);
        if (etx < 0)
            break;
        // A second STX before the ETX: the first frame was cut; start again from the later one.
        const qsizetype again = buffer.lastIndexOf(kStx, etx);
        out.push_back(buffer.mid(again + 1, etx - again - 1));
        at = etx + 1;
    }
    if (end)
        *end = at;
    return out;
}

} // namespace

std::optional<qsizetype> PrinterStatus::completeLength(const QByteArray &buffer)
{
    qsizetype end = 0;
    if (frames(buffer, &end).size() < 3)
        return std::nullopt;
    // The CR LF after the last frame, when it is already there.
    for (int i = 0; i < 2 && end < buffer.size() && (buffer[end] == '\r' || buffer[end] == '\n'); ++i)
        ++end;
    return end;
}

Result<PrinterStatus> PrinterStatus::parse(const QByteArray &response)
{
    auto fail = [&](const QString &what) { return Error(ErrorCode::Parse, what, toHex(response)); };
    const std::vector<QByteArray> lines = frames(response);
    if (lines.size() < 3)
        return fail(QStringLiteral("a printer status (~HS) has three lines framed STX ... ETX; this has %1")
                        .arg(lines.size()));
    const QList<QByteArray> one = lines[0].split(',');
    const QList<QByteArray> two = lines[1].split(',');
    // Older firmware sends fewer fields at the end; the flags that matter come first.
    if (one.size() < 3)
        return fail(QStringLiteral("status line 1 has %1 fields; paper out and pause are fields 2 and 3")
                        .arg(one.size()));
    if (two.size() < 4)
        return fail(QStringLiteral("status line 2 has %1 fields; head up and ribbon out are fields 3 and 4")
                        .arg(two.size()));
    QString badFlag;
    auto flag = [&](const QList<QByteArray> &fields, int index, int line) {
        if (index >= fields.size())
            return false;
        const QByteArray v = fields[index].trimmed();
        if (v != "0" && v != "1" && badFlag.isEmpty())
            badFlag = QStringLiteral("status line %1 field %2 is \"%3\", not a 0 or 1 flag")
                          .arg(line)
                          .arg(index + 1)
                          .arg(QString::fromLatin1(v));
        return v == "1";
    };
    auto number = [](const QList<QByteArray> &fields, int index) {
        return index < fields.size() ? fields[index].trimmed().toInt() : 0;
    };
    PrinterStatus s;
    s.raw = response;
    s.paperOut = flag(one, 1, 1);
    s.paused = flag(one, 2, 1);
    s.labelLengthDots = number(one, 3);
    s.formatsInBuffer = number(one, 4);
    s.bufferFull = flag(one, 5, 1);
    s.partialFormat = flag(one, 7, 1);
    s.corruptRam = flag(one, 9, 1);
    s.underTemperature = flag(one, 10, 1);
    s.overTemperature = flag(one, 11, 1);
    s.headOpen = flag(two, 2, 2);
    s.ribbonOut = flag(two, 3, 2);
    s.thermalTransfer = flag(two, 4, 2);
    s.labelWaiting = flag(two, 7, 2);
    s.labelsRemaining = number(two, 8);
    if (!badFlag.isEmpty())
        return fail(badFlag);
    return s;
}

std::vector<PrinterCondition> PrinterStatus::conditions() const
{
    std::vector<PrinterCondition> out;
    if (headOpen)
        out.push_back(PrinterCondition::HeadOpen);
    if (paperOut)
        out.push_back(PrinterCondition::PaperOut);
    // A direct-thermal printer has no ribbon; some still raise the flag when set up for one.
    if (ribbonOut)
        out.push_back(PrinterCondition::RibbonOut);
    if (overTemperature)
        out.push_back(PrinterCondition::OverTemperature);
    if (underTemperature)
        out.push_back(PrinterCondition::UnderTemperature);
    if (corruptRam)
        out.push_back(PrinterCondition::CorruptRam);
    if (bufferFull)
        out.push_back(PrinterCondition::BufferFull);
    if (paused)
        out.push_back(PrinterCondition::Paused);
    return out;
}

QStringList PrinterStatus::messages() const
{
    QStringList out;
    for (PrinterCondition c : conditions())
        out << printerConditionText(c);
    return out;
}

QString printerConditionText(PrinterCondition condition)
{
    switch (condition) {
    case PrinterCondition::PaperOut:
        return tr("The printer is out of labels: load labels, then close the head.");
    case PrinterCondition::Paused:
        return tr("The printer is paused: press PAUSE on the printer to go on printing.");
    case PrinterCondition::HeadOpen: return tr("The print head is open: close it.");
    case PrinterCondition::RibbonOut: return tr("The ribbon has run out: put in a new ribbon.");
    case PrinterCondition::BufferFull:
        return tr("The printer's memory for labels is full: wait until it has printed what it holds.");
    case PrinterCondition::CorruptRam:
        return tr(
            "The printer lost its settings (memory error): switch it off and on, then check its setup.");
    case PrinterCondition::UnderTemperature: return tr("The print head is too cold to print.");
    case PrinterCondition::OverTemperature:
        return tr("The print head is too hot: let the printer cool down.");
    }
    return {};
}

const char *printerConditionName(PrinterCondition condition)
{
    switch (condition) {
    case PrinterCondition::PaperOut: return "paper-out";
    case PrinterCondition::Paused: return "paused";
    case PrinterCondition::HeadOpen: return "head-open";
    case PrinterCondition::RibbonOut: return "ribbon-out";
    case PrinterCondition::BufferFull: return "buffer-full";
    case PrinterCondition::CorruptRam: return "corrupt-ram";
    case PrinterCondition::UnderTemperature: return "under-temperature";
    case PrinterCondition::OverTemperature: return "over-temperature";
    }
    return "unknown";
}

} // namespace wh::drivers

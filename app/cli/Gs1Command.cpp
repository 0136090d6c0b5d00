#include "Gs1Command.h"

#include "ScannerText.h"

#include <QCoreApplication>

#include <cstdio>

namespace wh::cli {

// The translation context of the command's strings ("wh::cli::Gs1Command" in the .ts files).
class Gs1Command {
    Q_DECLARE_TR_FUNCTIONS(wh::cli::Gs1Command)
};

Gs1Report gs1Report(const Gs1Parse &parse)
{
    Gs1Report report;
    report.valid = parse.isValid();
    for (const Gs1Element &e : parse.elements) {
        QStringList problems;
        for (const Gs1Issue &i : e.issues)
            problems << (i.severity == Gs1Severity::Error ? Gs1Command::tr("error: %1")
                                                          : Gs1Command::tr("warning: %1"))
                            .arg(i.message);
        const QString head = QStringLiteral("(%1) %2").arg(e.ai.isEmpty() ? QStringLiteral("?") : e.ai,
                                                           drivers::visibleControls(e.value));
        report.lines << QStringList{head, e.title, e.typedText(), problems.join(QStringLiteral("; "))}.join(
            QLatin1Char('\t'));
    }
    if (!parse.elements.isEmpty())
        report.lines << QStringLiteral("HRI\t") + drivers::visibleControls(parse.hri());
    if (!report.valid) {
        const bool read = !parse.elements.isEmpty();
        const QStringList errors = parse.errors();
        report.problems << (read ? Gs1Command::tr("invalid: %1") : Gs1Command::tr("not read: %1"))
                               .arg(errors.isEmpty() ? Gs1Command::tr("no GS1 data")
                                                     : errors.join(QStringLiteral("; ")));
    }
    return report;
}

int runGs1Report(const QString &text, const Gs1Options &options)
{
    QString input = text;
    input.replace(QLatin1String("<GS>"), QString(QChar(kGs1GroupSeparator)), Qt::CaseInsensitive);
    input.replace(QLatin1String("\\x1d"), QString(QChar(kGs1GroupSeparator)), Qt::CaseInsensitive);
    const Gs1Report report = gs1Report(parseGs1(input, options));
    for (const QString &line : report.lines)
        std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
    for (const QString &line : report.problems)
        std::fprintf(stderr, "wh scan gs1: %s\n", line.toUtf8().constData());
    return report.valid ? 0 : 1;
}

} // namespace wh::cli

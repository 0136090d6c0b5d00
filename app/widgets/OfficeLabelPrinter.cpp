#include "OfficeLabelPrinter.h"

#include "ZplRenderer.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

namespace wh {

namespace {

// A picture's size in millimetres at `dpi`.
QSizeF millimetres(const QImage &image, int dpi)
{
    return QSizeF(image.width() * 25.4 / dpi, image.height() * 25.4 / dpi);
}

} // namespace

Status OfficeLabelPrinter::print(QPrinter &printer, const std::vector<QImage> &labels, int dpi,
                                 const Options &options)
{
    if (labels.empty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no label to print"));
    if (dpi <= 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("labels need their resolution"),
                     QString::number(dpi));
    for (const QImage &label : labels)
        if (label.isNull())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a label picture is empty"));
    const int copies = std::max(1, options.copies);
    printer.setDocName(options.documentName);
    printer.setFullPage(options.page == Page::LabelSize);
    // The page of the first label: a page size can only change between pages (setPageSize before
    // newPage), and every label of one job normally has the same size.
    auto pageFor = [&](const QImage &label) {
        return QPageSize(millimetres(label, dpi), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    };
    if (options.page == Page::LabelSize) {
        printer.setPageOrientation(QPageLayout::Portrait);
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        printer.setPageSize(pageFor(labels.front()));
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return Error(ErrorCode::Io, QStringLiteral("the printer cannot be opened"),
                     printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName());
    bool first = true;
    for (const QImage &label : labels) {
        for (int copy = 0; copy < copies; ++copy) {
            if (!first) {
                if (options.page == Page::LabelSize)
                    printer.setPageSize(pageFor(label));
                if (!printer.newPage()) {
                    painter.end();
                    return Error(ErrorCode::Io, QStringLiteral("the printer did not take another page"),
                                 printer.printerName());
                }
            }
            first = false;
            // The label's real size in the printer's device pixels, from the painter's own
            // resolution (a PDF and a 600 dpi laser printer alike).
            const QSizeF mm = millimetres(label, dpi);
            const QRectF target(0, 0, mm.width() * printer.logicalDpiX() / 25.4,
                                mm.height() * printer.logicalDpiY() / 25.4);
            const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
            if (options.page == Page::Sheet &&
                (target.width() > page.width() + 1 || target.height() > page.height() + 1)) {
                painter.end();
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("the label (%1 x %2 mm) is larger than the printer's page")
                                 .arg(mm.width(), 0, 'f', 1)
                                 .arg(mm.height(), 0, 'f', 1),
                             printer.pageLayout().pageSize().name());
            }
            // Dots stay square and sharp: no smoothing between them.
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
            painter.drawImage(target, label);
        }
    }
    if (!painter.end())
        return Error(ErrorCode::Io, QStringLiteral("the printer did not finish the job"),
                     printer.printerName());
    return {};
}

Status OfficeLabelPrinter::printZpl(QPrinter &printer, const QByteArray &zpl,
                                    const drivers::LabelFormat &format, const Options &options)
{
    drivers::ZplRenderer::Options renderOptions;
    renderOptions.format = format;
    auto preview = drivers::ZplRenderer::render(zpl, renderOptions);
    if (!preview)
        return preview.error();
    // ^PQ copies of each label become pages of their own.
    std::vector<QImage> pages;
    for (size_t i = 0; i < preview->labels.size(); ++i)
        for (int c = 0; c < preview->copies[i]; ++c)
            pages.push_back(preview->labels[i]);
    return print(printer, pages, format.dpi, options);
}

} // namespace wh

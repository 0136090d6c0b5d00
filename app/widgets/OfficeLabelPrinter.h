#pragma once

#include "Result.h"
#include "ZplBuilder.h"

#include <QCoreApplication>
#include <QImage>

#include <vector>

class QPrinter;

namespace wh {

// Labels on an office printer (or a label printer driven by the system's print driver) through
// QPrinter: the same pictures as the local preview (ZplRenderer), at their true size. ZPL printers
// on the network go through drivers/LabelPrinter instead; this is for sites without one.
//
// Lives here and not in drivers/ because Qt PrintSupport links Qt Widgets. GUI thread only.
class OfficeLabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(wh::OfficeLabelPrinter)

public:
    enum class Page {
        LabelSize, // each label on a page of its own size (a roll of labels, or a PDF to share)
        Sheet,     // each label on the printer's own page (A4, Letter), at the top left inside the margins
    };

    struct Options {
        Page page = Page::LabelSize;
        int copies = 1; // each label this many times (on as many pages)
        QString documentName = QStringLiteral("NG sticker");
    };

    // Prints `labels` drawn at `dpi` (one pixel per printer dot, as ZplRenderer draws them), one
    // label per page, each at its real size (a 800 x 560 picture at 203 dpi is 100 x 70 mm).
    // Errors: no label, a null picture, a printer that cannot be opened (its name in the context),
    // a Sheet page smaller than the label.
    [[nodiscard]] static Status print(QPrinter &printer, const std::vector<QImage> &labels, int dpi,
                                      const Options &options);
    [[nodiscard]] static Status print(QPrinter &printer, const std::vector<QImage> &labels, int dpi)
    {
        return print(printer, labels, dpi, Options{});
    }
    // The labels of a ZPL job drawn by ZplRenderer (`format` for labels without ^PW / ^LL and for
    // the dpi), each with its ^PQ copies times options.copies.
    [[nodiscard]] static Status printZpl(QPrinter &printer, const QByteArray &zpl,
                                         const drivers::LabelFormat &format, const Options &options);
};

} // namespace wh

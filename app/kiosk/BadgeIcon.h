#pragma once

#include <QWidget>

namespace wh {

// A badge held to a reader (a card with contactless waves), drawn so it stays sharp at any size
// and needs no image files or emoji fonts. Decoration only. GUI thread only.
class BadgeIcon : public QWidget {
    Q_OBJECT

public:
    explicit BadgeIcon(QWidget *parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override { return {140, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace wh

#pragma once

#include <QWidget>

class QLabel;
class QFrame;

namespace wh {

// A full-screen message the kiosk shows for a few seconds before it goes back to idle by itself:
// a punch that was recorded (green), a note such as "already on that activity" (blue), or an error
// (red). GUI thread only.
class MessageScreen : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Confirmation, Note, Error };

    explicit MessageScreen(QWidget *parent = nullptr);

    void show(Kind kind, const QString &title, const QString &detail, const QString &worker = {});

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString detail() const;

private:
    Kind m_kind = Kind::Note;
    QFrame *m_banner;
    QLabel *m_worker;
    QLabel *m_title;
    QLabel *m_detail;
};

} // namespace wh

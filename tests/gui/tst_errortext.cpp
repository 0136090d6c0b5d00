// ErrorText: every wh::Error becomes a sentence for the user, in English and in Japanese.
#include "ErrorText.h"
#include "ProgramSetup.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace wh;

namespace {
const ErrorCode kCodes[] = {ErrorCode::InvalidArgument, ErrorCode::NotFound, ErrorCode::Conflict,
                            ErrorCode::Parse,           ErrorCode::Io,       ErrorCode::NotADatabase,
                            ErrorCode::ReadOnly,        ErrorCode::DiskFull, ErrorCode::SchemaTooNew,
                            ErrorCode::MigrationFailed, ErrorCode::Database, ErrorCode::Internal};
} // namespace

class TestErrorText : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void describe_data();
    void describe();
    void storeCannotOpen_data();
    void storeCannotOpen();
    void japanese();
};

void TestErrorText::cleanup()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestErrorText::describe_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("context");
    for (ErrorCode code : kCodes) {
        QTest::addRow("%s with context", errorCodeName(code))
            << code << QStringLiteral("/tmp/倉庫 store.sqlite");
        QTest::addRow("%s without context", errorCodeName(code)) << code << QString();
    }
}

void TestErrorText::describe()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, context);
    const QString text = ErrorText::describe(Error(code, QStringLiteral("detail"), context));
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(text.contains(context), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%2")), qPrintable(text));
}

void TestErrorText::storeCannotOpen_data()
{
    QTest::addColumn<ErrorCode>("code");
    for (ErrorCode code : kCodes)
        QTest::addRow("%s", errorCodeName(code)) << code;
}

void TestErrorText::storeCannotOpen()
{
    QFETCH(ErrorCode, code);
    const QString path = QStringLiteral("/srv/倉庫/site store.sqlite");
    const QString text = ErrorText::storeCannotOpen(path, Error(code, QStringLiteral("detail"), path));
    QVERIFY2(text.contains(path), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%2")), qPrintable(text));
}

void TestErrorText::japanese()
{
    const QString path = QStringLiteral("/tmp/notes.txt");
    const Error error(ErrorCode::NotADatabase, QStringLiteral("the file is not an SQLite database"), path);
    const QString english = ErrorText::storeCannotOpen(path, error);
    QVERIFY(installTranslation(*QCoreApplication::instance(), QStringLiteral("ja")));
    const QString japanese = ErrorText::storeCannotOpen(path, error);
    QVERIFY2(japanese != english, qPrintable(japanese));
    QVERIFY2(japanese.contains(path), qPrintable(japanese));
    QVERIFY2(japanese.contains(QStringLiteral("ストア")), qPrintable(japanese));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"

// wh::Error and Result<T>: the value every library returns on failure.
#include "Error.h"
#include "Result.h"

#include <QSet>
#include <QTest>
#include <QVariant>
#include <memory>

using namespace wh;

namespace {
Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v <= 0)
        return Error(ErrorCode::Parse, QStringLiteral("not a positive number"), text);
    return v;
}

Status twice(const QString &a, const QString &b, int *calls)
{
    ++*calls;
    WH_TRY(parsePositive(a));
    ++*calls;
    WH_TRY(parsePositive(b));
    ++*calls;
    return {};
}
} // namespace

class TestError : public QObject {
    Q_OBJECT

private slots:
    void codeNamesAreDistinct()
    {
        QSet<QString> names;
        for (int c = int(ErrorCode::InvalidArgument); c <= int(ErrorCode::Internal); ++c) {
            const QString name = QString::fromLatin1(errorCodeName(ErrorCode(c)));
            QVERIFY(!name.isEmpty());
            QVERIFY(name != QLatin1String("unknown"));
            names.insert(name);
        }
        QCOMPARE(names.size(), qsizetype(int(ErrorCode::Internal) + 1));
        QCOMPARE(QString::fromLatin1(errorCodeName(ErrorCode::SchemaTooNew)),
                 QStringLiteral("schema-too-new"));
    }

    void toString_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no context") << QStringLiteral("disk full") << QString()
                                    << QStringLiteral("disk full");
        QTest::newRow("a file") << QStringLiteral("not a database") << QStringLiteral("/tmp/x.sqlite")
                                << QStringLiteral("not a database (/tmp/x.sqlite)");
        QTest::newRow("japanese") << QStringLiteral("開けません") << QStringLiteral("倉庫.sqlite")
                                  << QStringLiteral("開けません (倉庫.sqlite)");
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void toString()
    {
        QFETCH(QString, message);
        QFETCH(QString, context);
        QFETCH(QString, expected);
        QCOMPARE(Error(ErrorCode::Io, message, context).toString(), expected);
    }

    void wrapKeepsCodeAndInnerContext()
    {
        const Error inner(ErrorCode::DiskFull, QStringLiteral("database or disk is full"),
                          QStringLiteral("table events"));
        const Error outer = inner.wrap(QStringLiteral("open store"));
        QCOMPARE(outer.code(), ErrorCode::DiskFull);
        QCOMPARE(outer.message(), inner.message());
        QCOMPARE(outer.context(), QStringLiteral("open store: table events"));
        QCOMPARE(Error(ErrorCode::Io, QStringLiteral("x")).wrap(QStringLiteral("f")).context(),
                 QStringLiteral("f"));
    }

    void defaultErrorIsInternal() { QCOMPARE(Error().code(), ErrorCode::Internal); }

    void errorInAVariant()
    {
        const Error e(ErrorCode::Conflict, QStringLiteral("badge taken"), QStringLiteral("B001"));
        const QVariant v = QVariant::fromValue(e);
        QCOMPARE(v.value<Error>().code(), ErrorCode::Conflict);
        QCOMPARE(v.value<Error>().context(), QStringLiteral("B001"));
    }

    void result()
    {
        auto good = parsePositive(QStringLiteral("42"));
        QVERIFY(good.ok());
        QVERIFY(bool(good));
        QCOMPARE(*good, 42);
        QCOMPARE(good.valueOr(7), 42);
        auto bad = parsePositive(QStringLiteral("四十二"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code(), ErrorCode::Parse);
        QCOMPARE(bad.error().context(), QStringLiteral("四十二"));
        QCOMPARE(bad.valueOr(7), 7);

        Result<std::unique_ptr<int>> owned(std::make_unique<int>(5));
        std::unique_ptr<int> taken = std::move(owned).value();
        QCOMPARE(*taken, 5);
    }

    void statusAndTry()
    {
        int calls = 0;
        QVERIFY(twice(QStringLiteral("1"), QStringLiteral("2"), &calls).ok());
        QCOMPARE(calls, 3);
        calls = 0;
        const Status failed = twice(QStringLiteral("0"), QStringLiteral("2"), &calls);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().context(), QStringLiteral("0"));
        QCOMPARE(calls, 1); // stopped at the first failure
        calls = 0;
        QCOMPARE(twice(QStringLiteral("1"), QString(), &calls).error().code(), ErrorCode::Parse);
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"

// SqlSupport: SQLite's result codes turned into wh::Error codes, and the prepared-statement helpers.
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

Q_DECLARE_METATYPE(wh::ErrorCode)

class TestSqlSupport : public QObject {
    Q_OBJECT

private slots:
    void sqlErrorCodes_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("SQLITE_READONLY") << QStringLiteral("8") << ErrorCode::ReadOnly;
        QTest::newRow("SQLITE_READONLY_DBMOVED (extended)") << QStringLiteral("1032") << ErrorCode::ReadOnly;
        QTest::newRow("SQLITE_FULL") << QStringLiteral("13") << ErrorCode::DiskFull;
        QTest::newRow("SQLITE_CANTOPEN") << QStringLiteral("14") << ErrorCode::Io;
        QTest::newRow("SQLITE_CONSTRAINT") << QStringLiteral("19") << ErrorCode::Conflict;
        QTest::newRow("SQLITE_CONSTRAINT_UNIQUE (extended)") << QStringLiteral("2067") << ErrorCode::Conflict;
        QTest::newRow("SQLITE_CONSTRAINT_FOREIGNKEY (extended)")
            << QStringLiteral("787") << ErrorCode::Conflict;
        QTest::newRow("SQLITE_NOTADB") << QStringLiteral("26") << ErrorCode::NotADatabase;
        QTest::newRow("SQLITE_CORRUPT") << QStringLiteral("11") << ErrorCode::Database;
        QTest::newRow("SQLITE_BUSY") << QStringLiteral("5") << ErrorCode::Database;
        QTest::newRow("no code") << QString() << ErrorCode::Database;
        QTest::newRow("not a number") << QStringLiteral("ＳＱＬ") << ErrorCode::Database;
    }
    void sqlErrorCodes()
    {
        QFETCH(QString, native);
        QFETCH(ErrorCode, expected);
        const Error e = sqlError(QSqlError(QStringLiteral("driver text"), QStringLiteral("database text"),
                                           QSqlError::StatementError, native),
                                 QStringLiteral("倉庫.sqlite"));
        QCOMPARE(e.code(), expected);
        QCOMPARE(e.message(), QStringLiteral("database text"));
        QCOMPARE(e.context(), QStringLiteral("倉庫.sqlite"));
    }

    void driverTextWhenTheDatabaseSaysNothing()
    {
        const Error e = sqlError(QSqlError(QStringLiteral("driver text"), QString(),
                                           QSqlError::ConnectionError, QStringLiteral("14")),
                                 QString());
        QCOMPARE(e.code(), ErrorCode::Io);
        QVERIFY(e.message().contains(QStringLiteral("driver text")));
    }

    void prepareExecScalar()
    {
        test::TemporaryStore tmp;
        QVERIFY2(tmp.ok(), qPrintable(tmp.errorText()));
        const QSqlDatabase db = tmp.store().connection();

        // Bad SQL: the error names the statement (shortened).
        const QString bad = QStringLiteral("SELEKT ") + QString(300, QLatin1Char('x'));
        auto q = prepare(db, bad);
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code(), ErrorCode::Database);
        QCOMPARE(q.error().context(), bad.left(120));

        QVERIFY(execDirect(db, QStringLiteral("CREATE TEMP TABLE t (x TEXT NOT NULL UNIQUE)")).ok());
        auto insert = prepare(db, QStringLiteral("INSERT INTO temp.t (x) VALUES (?)"));
        QVERIFY(insert.ok());
        insert->addBindValue(QStringLiteral("午前5時"));
        QVERIFY(exec(*insert, QStringLiteral("first")).ok());
        insert->addBindValue(QStringLiteral("午前5時"));
        const Status dup = exec(*insert, QStringLiteral("second"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code(), ErrorCode::Conflict);
        QCOMPARE(dup.error().context(), QStringLiteral("second"));

        auto value = scalar(db, QStringLiteral("SELECT x FROM temp.t"));
        QVERIFY(value.ok());
        QCOMPARE(value->toString(), QStringLiteral("午前5時"));
        auto none = scalar(db, QStringLiteral("SELECT x FROM temp.t WHERE x = 'nothing'"));
        QVERIFY(none.ok());
        QVERIFY(!none->isValid());
        auto broken = scalar(db, QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message().contains(QStringLiteral("no_such_table")));
    }
};

QTEST_GUILESS_MAIN(TestSqlSupport)
#include "tst_sqlsupport.moc"

// Transaction: RAII write transaction; nested ones are savepoints.
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;

namespace {
Status insertSite(Store &store, const QString &code)
{
    auto q = prepare(store.connection(), QStringLiteral("INSERT INTO sites (code, name) VALUES (?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(code);
    q->addBindValue(QString(QStringLiteral("サイト ") + code));
    return exec(*q, code);
}

QStringList sites(Store &store)
{
    QStringList out;
    QSqlQuery q(store.connection());
    q.exec(QStringLiteral("SELECT code FROM sites ORDER BY code"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool inTransaction(Store &store)
{
    // BEGIN fails inside a transaction: a cheap way to ask SQLite whether one is open.
    QSqlQuery q(store.connection());
    if (!q.exec(QStringLiteral("BEGIN")))
        return true;
    q.exec(QStringLiteral("ROLLBACK"));
    return false;
}
} // namespace

class TestTransaction : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
    }
    void cleanup() { m_tmp.reset(); }

    void commit()
    {
        Store &store = m_tmp->store();
        {
            Transaction tx(store.connection());
            QVERIFY(tx.begun().ok());
            QVERIFY(inTransaction(store));
            QVERIFY(insertSite(store, QStringLiteral("A")).ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(!inTransaction(store));
            // A second commit is an error, not a crash.
            QCOMPARE(tx.commit().error().code(), ErrorCode::Internal);
        }
        QCOMPARE(sites(store), QStringList{QStringLiteral("A")});
    }

    void destructorRollsBack()
    {
        Store &store = m_tmp->store();
        {
            Transaction tx(store.connection());
            QVERIFY(insertSite(store, QStringLiteral("A")).ok());
            QCOMPARE(sites(store), QStringList{QStringLiteral("A")}); // visible inside
        }
        QVERIFY(!inTransaction(store));
        QCOMPARE(sites(store), QStringList());
    }

    void explicitRollback()
    {
        Store &store = m_tmp->store();
        Transaction tx(store.connection());
        QVERIFY(insertSite(store, QStringLiteral("A")).ok());
        tx.rollback();
        tx.rollback(); // twice is harmless
        QVERIFY(!inTransaction(store));
        QCOMPARE(sites(store), QStringList());
        QVERIFY(!tx.commit().ok());
    }

    void nestedIsASavepoint_data()
    {
        QTest::addColumn<bool>("commitInner");
        QTest::addColumn<bool>("commitOuter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("both commit") << true << true << QStringList{QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("inner rolls back, outer keeps its own")
            << false << true << QStringList{QStringLiteral("A")};
        QTest::newRow("inner commits, outer rolls back: all gone") << true << false << QStringList();
        QTest::newRow("both roll back") << false << false << QStringList();
    }
    void nestedIsASavepoint()
    {
        QFETCH(bool, commitInner);
        QFETCH(bool, commitOuter);
        QFETCH(QStringList, expected);
        Store &store = m_tmp->store();
        {
            Transaction outer(store.connection());
            QVERIFY(outer.begun().ok());
            QVERIFY(insertSite(store, QStringLiteral("A")).ok());
            {
                Transaction inner(store.connection());
                QVERIFY(inner.begun().ok());
                QVERIFY(insertSite(store, QStringLiteral("B")).ok());
                if (commitInner)
                    QVERIFY(inner.commit().ok());
            }
            QVERIFY(inTransaction(store)); // the inner one never ends the outer one
            QVERIFY(sites(store).contains(QStringLiteral("A")));
            QCOMPARE(sites(store).contains(QStringLiteral("B")), commitInner);
            if (commitOuter)
                QVERIFY(outer.commit().ok());
        }
        QVERIFY(!inTransaction(store));
        QCOMPARE(sites(store), expected);
    }

    void threeLevels()
    {
        Store &store = m_tmp->store();
        {
            Transaction a(store.connection());
            QVERIFY(insertSite(store, QStringLiteral("A")).ok());
            {
                Transaction b(store.connection());
                QVERIFY(insertSite(store, QStringLiteral("B")).ok());
                {
                    Transaction c(store.connection());
                    QVERIFY(insertSite(store, QStringLiteral("C")).ok());
                } // c rolled back
                QVERIFY(b.commit().ok());
            }
            {
                Transaction d(store.connection()); // a new savepoint at the same depth
                QVERIFY(d.begun().ok());
                QVERIFY(insertSite(store, QStringLiteral("D")).ok());
                QVERIFY(d.commit().ok());
            }
            QVERIFY(a.commit().ok());
        }
        QCOMPARE(sites(store), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")}));
        // After everything ended, a new transaction is an outermost one again.
        Transaction e(store.connection());
        QVERIFY(e.begun().ok());
        QVERIFY(insertSite(store, QStringLiteral("E")).ok());
        QVERIFY(e.commit().ok());
        QVERIFY(!inTransaction(store));
    }

    void failedStatementInsideCanStillRollBack()
    {
        Store &store = m_tmp->store();
        {
            Transaction tx(store.connection());
            QVERIFY(insertSite(store, QStringLiteral("A")).ok());
            auto dup = insertSite(store, QStringLiteral("A"));
            QVERIFY(!dup.ok());
            QCOMPARE(dup.error().code(), ErrorCode::Conflict);
        }
        QCOMPARE(sites(store), QStringList());
    }

    void writeLockIsTakenUpFront()
    {
        // BEGIN IMMEDIATE: a second writer on another connection cannot start while one is open.
        Store &store = m_tmp->store();
        Transaction tx(store.connection());
        QVERIFY(tx.begun().ok());
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-other"));
        {
            other.setDatabaseName(m_tmp->path());
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
            QVERIFY(other.open());
            Transaction second(other);
            QVERIFY(!second.begun().ok());
            QVERIFY(!second.commit().ok());
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst-other"));
        QVERIFY(tx.commit().ok());
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"

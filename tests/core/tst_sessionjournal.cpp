#include "session/sessionjournal.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

QJsonObject op(int n)
{
    return QJsonObject{{u"op"_s, u"new_intent"_s}, {u"name"_s, QStringLiteral("intent_%1").arg(n)}};
}

SessionJournal::Header header(const QString &file = {})
{
    SessionJournal::Header h;
    h.sessionId = u"abcdef"_s;
    h.sessionFile = file;
    h.baseRevision = u"rev1"_s;
    h.created = QDateTime::currentDateTimeUtc();
    return h;
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write(bytes);
}

} // namespace

class TestSessionJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { SessionJournal::setRecoveryDirectory(m_recovery.path()); }

    void appendAndRead()
    {
        auto journal = SessionJournal::create(header());
        QVERIFY2(journal, qPrintable(journal.error().toString()));
        const QString path = journal.value()->path();
        QCOMPARE(path, QDir(m_recovery.path()).filePath(u"abcdef.journal"_s));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(journal.value()->append(op(i)));
        QCOMPARE(journal.value()->lastSequence(), 3);
        Result<SessionJournal::Contents> contents = SessionJournal::read(path);
        QVERIFY(contents);
        QCOMPARE(contents->header.sessionId, u"abcdef"_s);
        QCOMPARE(contents->header.baseRevision, u"rev1"_s);
        QCOMPARE(contents->records.size(), 3);
        QCOMPARE(contents->records.at(2).operation, op(3));
        QVERIFY(!contents->truncated);
        QVERIFY(SessionJournal::isInUse(path));
        journal.value()->release();
        QVERIFY(!SessionJournal::isInUse(path));
        QVERIFY(QFile::exists(path));
    }

    void tornLastLineIsIgnored()
    {
        auto journal = SessionJournal::create(header());
        QVERIFY(journal);
        QVERIFY(journal.value()->append(op(1)));
        const QString path = journal.value()->path();
        journal.value()->release();
        appendRaw(path, "2 0123456789abcdef0123456789abcdef {\"op\":\"new_int");
        Result<SessionJournal::Contents> contents = SessionJournal::read(path);
        QVERIFY(contents);
        QCOMPARE(contents->records.size(), 1);
        QVERIFY(contents->truncated);
        QCOMPARE(contents->damagedLine, 3);

        // Adopting cuts the torn tail so new records follow the good ones.
        auto adopted = SessionJournal::adopt(path);
        QVERIFY2(adopted, qPrintable(adopted.error().toString()));
        QCOMPARE(adopted.value()->lastSequence(), 1);
        QVERIFY(adopted.value()->append(op(2)));
        contents = SessionJournal::read(path);
        QCOMPARE(contents->records.size(), 2);
        QVERIFY(!contents->truncated);
    }

    void damagedLineEndsTheJournal()
    {
        auto journal = SessionJournal::create(header());
        QVERIFY(journal);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(journal.value()->append(op(i)));
        const QString path = journal.value()->path();
        journal.value()->release();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype third = bytes.indexOf("intent_3");
        bytes[third] = 'X'; // checksum no longer matches
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        Result<SessionJournal::Contents> contents = SessionJournal::read(path);
        QVERIFY(contents);
        QCOMPARE(contents->records.size(), 2);
        QVERIFY(contents->truncated);
        QCOMPARE(contents->damagedLine, 4);
    }

    void foreignFileIsNotAJournal()
    {
        const QString path = QDir(m_recovery.path()).filePath(u"foreign.journal"_s);
        appendRaw(path, "hello\nworld\n");
        Result<SessionJournal::Contents> contents = SessionJournal::read(path);
        QVERIFY(!contents);
        QVERIFY(contents.error().message.contains(u"not a Rasa Coach journal"_s));
        QFile::remove(path);
    }

    void compactWritesSnapshotAndRestartsNumbering()
    {
        auto journal = SessionJournal::create(header());
        QVERIFY(journal);
        QVERIFY(journal.value()->append(op(1)));
        QVERIFY(journal.value()->append(op(2)));
        QVERIFY(journal.value()->compact("{\"snapshot\": true}"));
        QVERIFY(journal.value()->append(op(3)));
        const QString path = journal.value()->path();
        QFile snapshot(SessionJournal::autosavePath(path));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        QCOMPARE(snapshot.readAll(), QByteArray("{\"snapshot\": true}"));
        Result<SessionJournal::Contents> contents = SessionJournal::read(path);
        QCOMPARE(contents->header.baseSequence, 2);
        QCOMPARE(contents->records.size(), 1);
        QCOMPARE(contents->records.first().sequence, 3);
        journal.value()->remove();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(SessionJournal::autosavePath(path)));
    }

    void savedSessionJournalLivesNextToFileAndIsRegistered()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"my.coach"_s);
        auto journal = SessionJournal::create(header(file));
        QVERIFY(journal);
        QCOMPARE(journal.value()->path(), dir.filePath(u".my.coach.journal"_s));
        QVERIFY(SessionJournal::knownJournals().contains(journal.value()->path()));
        // A second instance cannot take the same journal; it falls back to
        // the recovery folder.
        auto second = SessionJournal::create(header(file));
        QVERIFY(second);
        QVERIFY(second.value()->path().startsWith(m_recovery.path()));
        QVERIFY(!SessionJournal::adopt(journal.value()->path()));
        const QString path = journal.value()->path();
        journal.value()->remove();
        second.value()->remove();
        QVERIFY(!SessionJournal::knownJournals().contains(path));
    }

private:
    QTemporaryDir m_recovery;
};

QTEST_GUILESS_MAIN(TestSessionJournal)
#include "tst_sessionjournal.moc"

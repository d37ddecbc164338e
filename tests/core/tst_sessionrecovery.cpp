#include "core/helpers/sessionfixtures.h"

#include "session/sessiondocument.h"
#include "session/sessionjournal.h"
#include "session/sessionrecovery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestSessionRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_recovery = std::make_unique<QTemporaryDir>();
        SessionRecovery::setDirectory(m_recovery->path());
    }

    void noCandidatesWithoutCrashes()
    {
        {
            SessionDocument document;
            document.setJournalEnabled(true);
            document.addConversation(u"c"_s);
        }
        QCOMPARE(SessionRecovery::candidates().size(), 0);
    }

    void unsavedSessionIsRecovered()
    {
        SessionData expected;
        {
            SessionDocument document;
            QTest::qSleep(5); // the journal starts later than the session
            document.setJournalEnabled(true);
            document.addConversation(u"c1"_s, u"Booking"_s);
            document.appendEvents(0, Fixtures::sessionStart(0));
            document.appendEvents(0, Fixtures::turnEvents(0, 0));
            document.addNewIntent(u"ask_time"_s);
            document.editNote(0, 3, u"typo"_s);
            document.setCurrentConversation(0);
            document.setExportRecord(0,
                                     StoryRecord{0, u"/bot/data/stories.yml"_s,
                                                 u"interactive_story_1"_s, u"abc"_s, false});
            expected = document.data();
            document.abandonJournal(); // as if the app was killed
        }
        const QList<RecoveryCandidate> candidates = SessionRecovery::candidates();
        QCOMPARE(candidates.size(), 1);
        const RecoveryCandidate &candidate = candidates.first();
        QVERIFY(candidate.sessionFile.isEmpty());
        QCOMPARE(candidate.stepCount, 7);
        QVERIFY(!candidate.stale);
        QVERIFY(candidate.displayName().startsWith(u"Unsaved session"_s));

        Result<std::unique_ptr<SessionDocument>> recovered = SessionRecovery::recover(candidate);
        QVERIFY2(recovered, qPrintable(recovered.error().toString()));
        QVERIFY(recovered.value()->data() == expected);
        QVERIFY(recovered.value()->isModified());
        QVERIFY(recovered.value()->fileName().isEmpty());
        // The recovered session keeps protecting itself with the same journal.
        QCOMPARE(recovered.value()->journalFileName(), candidate.journalPath);
        QVERIFY(SessionRecovery::candidates().isEmpty()); // in use now
        recovered.value()->appendEvents(0, Fixtures::turnEvents(0, 1));
        recovered.value()->abandonJournal();
        const QList<RecoveryCandidate> again = SessionRecovery::candidates();
        QCOMPARE(again.size(), 1);
        Result<std::unique_ptr<SessionDocument>> second = SessionRecovery::recover(again.first());
        QVERIFY(second);
        QCOMPARE(second.value()->conversation(0).events.size(),
                 expected.conversations.at(0).events.size() + 5);
    }

    void savedSessionIsRecoveredOnTopOfItsFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"trip.coach"_s);
        SessionData expected;
        {
            auto document = SessionDocument::fromData(Fixtures::sessionData(2, 2));
            document->setJournalEnabled(true);
            QVERIFY(document->saveAs(file));
            document->appendEvents(1, Fixtures::turnEvents(1, 7));
            document->editReviewed(1, 4, true);
            expected = document->data();
            document->abandonJournal();
        }
        const std::optional<RecoveryCandidate> candidate = SessionRecovery::candidateFor(file);
        QVERIFY(candidate);
        QCOMPARE(candidate->sessionFile, file);
        QCOMPARE(candidate->displayName(), u"trip.coach"_s);
        QCOMPARE(candidate->stepCount, 2);
        Result<std::unique_ptr<SessionDocument>> recovered = SessionRecovery::recover(*candidate);
        QVERIFY2(recovered, qPrintable(recovered.error().toString()));
        QVERIFY(recovered.value()->data() == expected);
        QCOMPARE(recovered.value()->fileName(), file);
        QVERIFY(recovered.value()->save());
        QVERIFY(!QFile::exists(candidate->journalPath));
    }

    void snapshotPlusLaterRecords()
    {
        SessionData expected;
        {
            SessionDocument document;
            document.setJournalEnabled(true);
            document.setAutosaveDelay(5);
            document.addConversation(u"c1"_s);
            document.appendEvents(0, Fixtures::turnEvents(0, 0));
            QTRY_VERIFY(QFile::exists(SessionJournal::autosavePath(document.journalFileName())));
            document.appendEvents(0, Fixtures::turnEvents(0, 1));
            expected = document.data();
            document.abandonJournal();
        }
        const QList<RecoveryCandidate> candidates = SessionRecovery::candidates();
        QCOMPARE(candidates.size(), 1);
        QVERIFY(candidates.first().hasSnapshot);
        QCOMPARE(candidates.first().stepCount, 1);
        Result<std::unique_ptr<SessionDocument>> recovered =
            SessionRecovery::recover(candidates.first());
        QVERIFY2(recovered, qPrintable(recovered.error().toString()));
        QVERIFY(recovered.value()->data() == expected);
    }

    void importedContentIsSnapshottedBeforeTheFirstStep()
    {
        SessionData expected;
        {
            auto document = SessionDocument::fromData(Fixtures::sessionData(1, 3));
            document->setJournalEnabled(true);
            document->addNewAction(u"action_new"_s);
            expected = document->data();
            document->abandonJournal();
        }
        const QList<RecoveryCandidate> candidates = SessionRecovery::candidates();
        QCOMPARE(candidates.size(), 1);
        Result<std::unique_ptr<SessionDocument>> recovered =
            SessionRecovery::recover(candidates.first());
        QVERIFY2(recovered, qPrintable(recovered.error().toString()));
        QVERIFY(recovered.value()->data() == expected);
    }

    void journalOfAnOlderSaveIsStale()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.coach"_s);
        QString journal;
        {
            auto document = SessionDocument::fromData(Fixtures::sessionData(1, 1));
            document->setJournalEnabled(true);
            QVERIFY(document->saveAs(file));
            document->addNewIntent(u"x"_s);
            journal = document->journalFileName();
            QVERIFY(QFile::copy(journal, journal + u".keep"_s));
            QVERIFY(document->save()); // new revision; journal removed
        }
        QVERIFY(QFile::rename(journal + u".keep"_s, journal)); // a journal the save did not remove
        const std::optional<RecoveryCandidate> candidate = SessionRecovery::candidateFor(file);
        QVERIFY(candidate);
        QVERIFY(candidate->stale);
        QVERIFY(!SessionRecovery::recover(*candidate));
        QVERIFY(SessionRecovery::discard(*candidate));
        QVERIFY(!QFile::exists(journal));
        QVERIFY(SessionRecovery::candidates().isEmpty());
    }

    void tornJournalRecoversEverythingBeforeTheTear()
    {
        QString journal;
        SessionData expected;
        {
            SessionDocument document;
            document.setJournalEnabled(true);
            document.addConversation(u"c1"_s);
            document.appendEvents(0, Fixtures::turnEvents(0, 0));
            expected = document.data();
            document.appendEvents(0, Fixtures::turnEvents(0, 1));
            journal = document.journalFileName();
            document.abandonJournal();
        }
        // Cut the last record in half, as a kill during write would.
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        QVERIFY(file.resize(bytes.size() - 40));
        file.close();
        const QList<RecoveryCandidate> candidates = SessionRecovery::candidates();
        QCOMPARE(candidates.size(), 1);
        QVERIFY(candidates.first().damaged);
        Result<std::unique_ptr<SessionDocument>> recovered =
            SessionRecovery::recover(candidates.first());
        QVERIFY2(recovered, qPrintable(recovered.error().toString()));
        QVERIFY(recovered.value()->data() == expected);
    }

    void discardRemovesEverything()
    {
        QString journal;
        {
            SessionDocument document;
            document.setJournalEnabled(true);
            document.setAutosaveDelay(1);
            document.addConversation(u"c1"_s);
            journal = document.journalFileName();
            QTRY_VERIFY(QFile::exists(SessionJournal::autosavePath(journal)));
            document.abandonJournal();
        }
        const QList<RecoveryCandidate> candidates = SessionRecovery::candidates();
        QCOMPARE(candidates.size(), 1);
        QVERIFY(SessionRecovery::discard(candidates.first()));
        QVERIFY(!QFile::exists(journal));
        QVERIFY(!QFile::exists(SessionJournal::autosavePath(journal)));
        QVERIFY(SessionRecovery::candidates().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_recovery;
};

QTEST_GUILESS_MAIN(TestSessionRecovery)
#include "tst_sessionrecovery.moc"

#include "core/helpers/sessionfixtures.h"

#include "session/sessiondocument.h"
#include "session/sessionformat.h"
#include "session/sessionjournal.h"
#include "session/undostack.h"
#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestSessionDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_recovery.isValid());
        SessionJournal::setRecoveryDirectory(m_recovery.path());
    }

    void newDocumentIsEmptyAndClean()
    {
        SessionDocument document;
        QVERIFY(!document.isModified());
        QCOMPARE(document.conversationCount(), 0);
        QCOMPARE(document.currentConversation(), -1);
        QCOMPARE(document.data().sessionId.size(), 32);
        QVERIFY(!document.save()); // no file name yet
    }

    void engineChangesSignalAndModify()
    {
        SessionDocument document;
        QSignalSpy added(&document, &SessionDocument::conversationAdded);
        QSignalSpy appended(&document, &SessionDocument::eventsAppended);
        QSignalSpy modified(&document, &SessionDocument::modifiedChanged);
        const int index = document.addConversation(u"c1"_s, u"First"_s);
        QCOMPARE(index, 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(modified.count(), 1);
        QVERIFY(document.isModified());

        document.appendEvents(0, Fixtures::sessionStart(0));
        document.appendEvents(0, Fixtures::turnEvents(0, 0));
        QCOMPARE(appended.count(), 2);
        QCOMPARE(appended.at(1).at(1).toInt(), 3);
        QCOMPARE(appended.at(1).at(2).toInt(), 7);
        QCOMPARE(document.conversation(0).events.size(), 8);

        document.setConversationId(0, u"c1-moved"_s);
        QCOMPARE(document.conversation(0).id, u"c1-moved"_s);
        QCOMPARE(document.conversation(0).previousIds, QStringList{u"c1"_s});
        QCOMPARE(document.conversationIndex(u"c1-moved"_s), 0);
        QCOMPARE(document.conversationIndex(u"c1"_s), -1);

        document.addNewIntent(u"ask_time"_s);
        document.addNewIntent(u"ask_time"_s);
        QCOMPARE(document.newIntents(), QStringList{u"ask_time"_s});
        document.setNewResponse(u"utter_time"_s, QJsonArray{QJsonObject{{u"text"_s, u"Noon"_s}}});
        document.setNewResponse(u"utter_time"_s,
                                QJsonArray{QJsonObject{{u"text"_s, u"Midnight"_s}}});
        QCOMPARE(document.newResponses().size(), 1);
        QCOMPARE(document.newResponses()
                     .first()
                     .variations.first()
                     .toObject()
                     .value("text"_L1)
                     .toString(),
                 u"Midnight"_s);
        document.setCorrected(0, 3, true);
        QVERIFY(document.annotation(0, 3).corrected);
    }

    void annotationEditsAreUndoable()
    {
        SessionDocument document;
        document.addConversation(u"c1"_s);
        document.appendEvents(0, Fixtures::turnEvents(0, 0));
        QVERIFY(document.isModified());
        QTemporaryDir dir;
        QVERIFY(document.saveAs(dir.filePath(u"s.coach"_s)));
        QVERIFY(!document.isModified());

        QSignalSpy changed(&document, &SessionDocument::annotationChanged);
        document.editReviewed(0, 0, true);
        document.editNote(0, 0, u"w"_s);
        document.editNote(0, 0, u"wr"_s);
        document.editNote(0, 0, u"wrong"_s);
        QCOMPARE(document.undoStack()->count(), 2); // the note edits merged
        QCOMPARE(document.annotation(0, 0), (TurnAnnotation{false, true, u"wrong"_s}));
        QVERIFY(document.isModified());
        QCOMPARE(changed.count(), 4);

        document.undoStack()->undo();
        QCOMPARE(document.annotation(0, 0).note, QString());
        QVERIFY(document.annotation(0, 0).reviewed);
        document.undoStack()->undo();
        QCOMPARE(document.annotation(0, 0), TurnAnnotation());
        QVERIFY(!document.isModified()); // back at the saved state
        document.undoStack()->redo();
        QVERIFY(document.isModified());

        document.editConversationTitle(0, u"Booking"_s);
        QCOMPARE(document.conversation(0).title, u"Booking"_s);
        QCOMPARE(document.undoStack()->undoText(), u"Rename Conversation"_s);
        document.undoStack()->undo();
        QCOMPARE(document.conversation(0).title, QString());
    }

    void eventEditsAreUndoableSavedAndJournaled()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"edit.coach"_s);
        auto document = SessionDocument::fromData(Fixtures::sessionData(2, 2));
        QVERIFY(document->saveAs(file));
        document->setJournalEnabled(true);
        const Event before = document->conversation(1).events.at(3);
        QCOMPARE(before.type(), EventType::User);
        Event after = before;
        ParseData parse = after.parseData();
        parse.setIntent(u"greet"_s, 0.7);
        after.setParseData(parse);
        QSignalSpy replaced(document.get(), &SessionDocument::eventReplaced);

        document->editEvent(1, 3, after, u"Accept the Model's Answer"_s);
        QCOMPARE(document->conversation(1).events.at(3), after);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(replaced.first(), (QVariantList{1, 3}));
        QVERIFY(document->isModified());
        QCOMPARE(document->undoStack()->undoText(), u"Accept the Model's Answer"_s);
        document->editEvent(1, 3, after, u"again"_s); // no change, no step
        QCOMPARE(document->undoStack()->count(), 1);

        // The journal holds the edit: a recovered document has it too.
        Result<SessionJournal::Contents> journal =
            SessionJournal::read(document->journalFileName());
        QVERIFY(journal);
        Result<std::unique_ptr<SessionDocument>> recovered = SessionDocument::open(file);
        QVERIFY(recovered);
        for (const SessionJournal::Record &record : journal->records)
            QVERIFY((*recovered)->applyOperation(record.operation));
        QCOMPARE((*recovered)->conversation(1).events.at(3), after);

        document->undoStack()->undo();
        QCOMPARE(document->conversation(1).events.at(3), before);
        QVERIFY(!document->isModified());
        document->undoStack()->redo();
        QVERIFY(document->save());
        Result<std::unique_ptr<SessionDocument>> saved = SessionDocument::open(file);
        QVERIFY(saved);
        QCOMPARE((*saved)->conversation(1).events.at(3).userIntent(), u"greet"_s);
        QCOMPARE((*saved)->conversation(0).events, document->conversation(0).events);
        // Nothing outside the document's events is an edit target.
        QVERIFY(!(*saved)->applyOperation(QJsonObject{{u"op"_s, u"event"_s},
                                                      {u"conversation"_s, 1},
                                                      {u"event"_s, 999},
                                                      {u"json"_s, after.toJson()}}));
    }

    void saveAndOpenRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"trip.coach"_s);
        auto original = SessionDocument::fromData(Fixtures::sessionData(2, 3));
        original->setExportPaths({dir.filePath(u"data/stories.yml"_s),
                                  dir.filePath(u"data/nlu.yml"_s), dir.filePath(u"domain.yml"_s)});
        original->setProjectFolder(dir.path());
        original->editNote(1, 4, u"check this"_s);
        QSignalSpy fileName(original.get(), &SessionDocument::fileNameChanged);
        QVERIFY(original->saveAs(file));
        QCOMPARE(fileName.count(), 1);
        QVERIFY(!original->isModified());
        QVERIFY(!original->data().revision.isEmpty());

        Result<std::unique_ptr<SessionDocument>> opened = SessionDocument::open(file);
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        const SessionDocument &copy = *opened.value();
        QVERIFY(!copy.isModified());
        QCOMPARE(copy.fileName(), file);
        QVERIFY(copy.data() == original->data());
        QCOMPARE(copy.annotation(1, 4).note, u"check this"_s);
        QCOMPARE(copy.exportPaths().nlu, dir.filePath(u"data/nlu.yml"_s));

        // Saving again gives a new revision (journals of the old one go stale).
        const QString revision = original->data().revision;
        original->addNewIntent(u"bye"_s);
        QVERIFY(original->save());
        QVERIFY(original->data().revision != revision);
    }

    void openedDocumentReadsConversationsOnDemand()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"lazy.coach"_s);
        const SessionData original = Fixtures::sessionData(3, 4);
        QVERIFY(SessionFormat::writeFile(original, file));
        Result<std::unique_ptr<SessionDocument>> opened = SessionDocument::open(file);
        QVERIFY(opened);
        SessionDocument &document = *opened.value();
        QCOMPARE(document.conversationTitle(2), u"Conversation 3"_s);
        QCOMPARE(document.conversationId(1), u"conversation-1"_s);
        QCOMPARE(document.annotation(1, 3).note, u"wrong city"_s);
        // A step on a conversation not read yet; then save and compare.
        QSignalSpy appended(&document, &SessionDocument::eventsAppended);
        document.appendEvents(1, Fixtures::turnEvents(1, 50));
        QCOMPARE(appended.first().at(1).toInt(), int(original.conversations.at(1).events.size()));
        QCOMPARE(document.conversation(1).events.size(),
                 original.conversations.at(1).events.size() + 5);
        document.editNote(2, 0, u"later"_s);
        QVERIFY(document.save());
        Result<SessionData> saved = SessionFormat::readFile(file);
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        SessionData expected = original;
        expected.conversations[1].events.append(Fixtures::turnEvents(1, 50));
        expected.conversations[2].annotations.insert(0, TurnAnnotation{false, false, u"later"_s});
        expected.revision = saved->revision;
        QVERIFY(*saved == expected);
        QVERIFY(document.data() == expected);
    }

    void openFailureNamesFileAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"broken.coach"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(SessionFormat::render(Fixtures::sessionData(1, 2), QString()).left(300));
        out.close();
        Result<std::unique_ptr<SessionDocument>> opened = SessionDocument::open(file);
        QVERIFY(!opened);
        QCOMPARE(opened.error().where, file);
        QVERIFY(opened.error().message.contains(u"truncated"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"broken.coach"_s});
        QCOMPARE(QDir(m_recovery.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void badOperationsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("operation");
        QTest::newRow("unknown op") << QJsonObject{{u"op"_s, u"explode"_s}, {u"conversation"_s, 0}};
        QTest::newRow("no conversation")
            << QJsonObject{{u"op"_s, u"title"_s}, {u"conversation"_s, 4}};
        QTest::newRow("gap in events")
            << QJsonObject{{u"op"_s, u"events"_s},
                           {u"conversation"_s, 0},
                           {u"from"_s, 99},
                           {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"restart"_s}}}}};
        QTest::newRow("other events")
            << QJsonObject{{u"op"_s, u"events"_s},
                           {u"conversation"_s, 0},
                           {u"from"_s, 0},
                           {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"restart"_s}}}}};
        QTest::newRow("bad event") << QJsonObject{{u"op"_s, u"events"_s},
                                                  {u"conversation"_s, 0},
                                                  {u"from"_s, 3},
                                                  {u"events"_s, QJsonArray{3}}};
        QTest::newRow("annotation range")
            << QJsonObject{{u"op"_s, u"annotation"_s}, {u"conversation"_s, 0}, {u"event"_s, 500}};
        QTest::newRow("conversation order")
            << QJsonObject{{u"op"_s, u"add_conversation"_s}, {u"index"_s, 5}, {u"id"_s, u"x"_s}};
        QTest::newRow("empty name") << QJsonObject{{u"op"_s, u"new_intent"_s}, {u"name"_s, u""_s}};
        QTest::newRow("export record without file")
            << QJsonObject{{u"op"_s, u"export_record"_s},
                           {u"conversation"_s, 0},
                           {u"part"_s, 0},
                           {u"story"_s, u"interactive_story_1"_s},
                           {u"hash"_s, u"h"_s}};
    }

    void exportRecordReplacesThatOfTheSamePartAndFile()
    {
        auto document = SessionDocument::fromData(Fixtures::sessionData(1, 1));
        QSignalSpy changed(document.get(), &SessionDocument::exportRecordsChanged);
        const StoryRecord first{0, u"/bot/data/stories.yml"_s, u"interactive_story_1"_s, u"h1"_s,
                                false};
        document->setExportRecord(0, first);
        document->setExportRecord(0, first); // the same again: no change
        QCOMPARE(changed.size(), 1);
        StoryRecord other = first;
        other.file = u"/bot/tests/test_stories.yml"_s;
        document->setExportRecord(0, other);
        StoryRecord later = first;
        later.hash = u"h2"_s;
        document->setExportRecord(0, later);
        QCOMPARE(document->conversation(0).exportRecords, (QList<StoryRecord>{later, other}));
        QVERIFY(document->isModified());
    }

    void badOperationsChangeNothing()
    {
        QFETCH(QJsonObject, operation);
        auto document = SessionDocument::fromData(Fixtures::sessionData(1, 1));
        const SessionData before = document->data();
        QVERIFY(!document->applyOperation(operation));
        QVERIFY(document->data() == before);
    }

    void replayedOperationsAreIdempotent()
    {
        auto document = SessionDocument::fromData(Fixtures::sessionData(1, 2));
        const EventList events = document->conversation(0).events;
        const SessionData before = document->data();
        const QJsonObject replay{{u"op"_s, u"events"_s},
                                 {u"conversation"_s, 0},
                                 {u"from"_s, 3},
                                 {u"events"_s, Event::listToJson(events.mid(3, 5))}};
        QVERIFY(document->applyOperation(replay));
        QVERIFY(document->applyOperation(QJsonObject{
            {u"op"_s, u"add_conversation"_s}, {u"index"_s, 0}, {u"id"_s, u"conversation-0"_s}}));
        QVERIFY(document->data() == before);
        // Partly known: only the tail is appended.
        EventList more = events.mid(8);
        more.append(Fixtures::turnEvents(0, 9));
        QVERIFY(document->applyOperation(QJsonObject{{u"op"_s, u"events"_s},
                                                     {u"conversation"_s, 0},
                                                     {u"from"_s, 8},
                                                     {u"events"_s, Event::listToJson(more)}}));
        QCOMPARE(document->conversation(0).events.size(), events.size() + 5);
    }

    void journalFollowsEveryChangeAndGoesOnSave()
    {
        QTemporaryDir dir;
        SessionDocument document;
        document.setJournalEnabled(true);
        QCOMPARE(document.journalFileName(), QString()); // created lazily
        document.addConversation(u"c1"_s);
        const QString journal = document.journalFileName();
        QVERIFY(journal.startsWith(m_recovery.path()));
        document.appendEvents(0, Fixtures::sessionStart(0));
        Result<SessionJournal::Contents> contents = SessionJournal::read(journal);
        QVERIFY(contents);
        QCOMPARE(contents->records.size(), 2);
        QCOMPARE(contents->records.at(1).operation.value("op"_L1).toString(), u"events"_s);

        const QString file = dir.filePath(u"j.coach"_s);
        QVERIFY(document.saveAs(file));
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(document.journalFileName(), QString());
        document.editNote(0, 1, u"x"_s);
        QCOMPARE(document.journalFileName(), dir.filePath(u".j.coach.journal"_s));
        QVERIFY(QFile::exists(document.journalFileName()));
    }

    void cleanCloseRemovesJournal()
    {
        QString journal;
        {
            SessionDocument document;
            document.setJournalEnabled(true);
            document.addConversation(u"c1"_s);
            journal = document.journalFileName();
            QVERIFY(QFile::exists(journal));
        }
        QVERIFY(!QFile::exists(journal));
        QVERIFY(!QFile::exists(SessionJournal::lockPath(journal)));
    }

    void autosaveSnapshotCompactsTheJournal()
    {
        SessionDocument document;
        document.setJournalEnabled(true);
        document.setAutosaveDelay(10);
        document.addConversation(u"c1"_s);
        document.appendEvents(0, Fixtures::turnEvents(0, 0));
        const QString journal = document.journalFileName();
        QTRY_VERIFY(QFile::exists(SessionJournal::autosavePath(journal)));
        Result<SessionJournal::Contents> contents = SessionJournal::read(journal);
        QVERIFY(contents);
        QCOMPARE(contents->records.size(), 0);
        QCOMPARE(contents->header.baseSequence, 2);
        document.appendEvents(0, Fixtures::turnEvents(0, 1));
        contents = SessionJournal::read(journal);
        QCOMPARE(contents->records.size(), 1);
        QCOMPARE(contents->records.first().sequence, 3);
    }

private:
    QTemporaryDir m_recovery;
};

QTEST_GUILESS_MAIN(TestSessionDocument)
#include "tst_sessiondocument.moc"

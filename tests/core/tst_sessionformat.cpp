#include "core/helpers/sessionfixtures.h"

#include "session/sessionformat.h"
#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

QByteArray validBytes()
{
    return SessionFormat::render(Fixtures::sessionData(2, 3), QString());
}

//! Replaces one value of a valid session (by a path of keys/indexes).
QByteArray withValue(const QStringList &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(validBytes()).object();
    std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        const QString &key = path.at(depth);
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            array[key.toInt()] = set(array.at(key.toInt()), depth + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        if (value.isUndefined() && depth + 1 == path.size())
            object.remove(key);
        else
            object.insert(key, set(object.value(key), depth + 1));
        return object;
    };
    return QJsonDocument(set(root, 0).toObject()).toJson();
}

} // namespace

class TestSessionFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        const SessionData data = Fixtures::sessionData(3, 4);
        Result<SessionData> read =
            SessionFormat::parse(SessionFormat::render(data, QString()), QString());
        QVERIFY2(read, qPrintable(read.error().toString()));
        QCOMPARE(read->conversations.size(), 3);
        QCOMPARE(read->conversations.at(1).events, data.conversations.at(1).events);
        QCOMPARE(read->conversations.at(0).annotations, data.conversations.at(0).annotations);
        QCOMPARE(read->newResponses, data.newResponses);
        QVERIFY(*read == data);
    }

    void lazyReadingGivesTheSameSession()
    {
        const SessionData data = Fixtures::sessionData(4, 6);
        const QByteArray bytes = SessionFormat::render(data, QString());
        Result<SessionFormat::LazySession> lazy = SessionFormat::parseLazily(bytes, QString());
        QVERIFY2(lazy, qPrintable(lazy.error().toString()));
        QCOMPARE(lazy->eventsJson.size(), 4);
        SessionData filled = lazy->data;
        QVERIFY(filled.conversations.at(2).events.isEmpty());
        for (qsizetype i = 0; i < filled.conversations.size(); ++i) {
            Result<EventList> events = SessionFormat::eventsFromJson(lazy->eventsJson.at(i));
            QVERIFY(events);
            filled.conversations[i].events = *events;
        }
        QVERIFY(filled == data);
        // Rendering with the cached text gives the same file.
        QCOMPARE(SessionFormat::render(lazy->data, QString(), lazy->eventsJson), bytes);
        // Appending to cached text equals serialising the longer list.
        const EventList more = Fixtures::turnEvents(0, 99);
        EventList longer = data.conversations.at(0).events;
        longer.append(more);
        QCOMPARE(SessionFormat::appendEventsJson(lazy->eventsJson.at(0), more),
                 SessionFormat::eventsJson(longer));
        QCOMPARE(SessionFormat::appendEventsJson("[]", more), SessionFormat::eventsJson(more));
    }

    void lazyReadingReportsTheSameErrors_data() { badFiles_data(); }

    void lazyReadingReportsTheSameErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        Result<SessionFormat::LazySession> lazy = SessionFormat::parseLazily(bytes, QString());
        QVERIFY(!lazy);
        QCOMPARE(lazy.error().toString(),
                 SessionFormat::parse(bytes, QString()).error().toString());
    }

    void fileHasMarkerAndNoToken()
    {
        QTemporaryDir dir;
        SessionData data = Fixtures::sessionData(1, 1);
        data.server.url = QUrl(u"http://user:secret@localhost:5005/?token=s3cr3t"_s);
        const QString file = dir.filePath(u"a.coach"_s);
        QVERIFY(SessionFormat::writeFile(data, file));
        const QByteArray bytes = TestSupport::readFile(file);
        QVERIFY(!bytes.contains("s3cr3t"));
        QVERIFY(!bytes.contains("secret"));
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value("format"_L1).toString(), u"rasa-coach-session"_s);
        QCOMPARE(json.value("version"_L1).toInt(), SessionFormat::currentVersion);
        QCOMPARE(SessionFormat::currentVersion, 2);
        QCOMPARE(json.value("server"_L1).toObject().value("url"_L1).toString(),
                 u"http://localhost:5005/"_s);
    }

    void pathsAreStoredRelative()
    {
        QTemporaryDir dir;
        SessionData data = Fixtures::sessionData(1, 1);
        data.projectFolder = dir.filePath(u"bot"_s);
        data.exportPaths = {dir.filePath(u"bot/data/stories.yml"_s),
                            dir.filePath(u"bot/data/nlu.yml"_s), dir.filePath(u"bot/domain.yml"_s)};
        const QString file = dir.filePath(u"sessions/a.coach"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"sessions"_s)));
        QVERIFY(SessionFormat::writeFile(data, file));
        const QJsonObject json = QJsonDocument::fromJson(TestSupport::readFile(file)).object();
        QCOMPARE(json.value("project_folder"_L1).toString(), u"../bot"_s);
        QCOMPARE(json.value("export"_L1).toObject().value("stories"_L1).toString(),
                 u"../bot/data/stories.yml"_s);

        // Moving session and project together keeps the paths working.
        QTemporaryDir moved;
        QVERIFY(QDir().mkpath(moved.filePath(u"sessions"_s)));
        QVERIFY(QFile::copy(file, moved.filePath(u"sessions/a.coach"_s)));
        Result<SessionData> read = SessionFormat::readFile(moved.filePath(u"sessions/a.coach"_s));
        QVERIFY2(read, qPrintable(read.error().toString()));
        QCOMPARE(read->projectFolder, moved.filePath(u"bot"_s));
        QCOMPARE(read->exportPaths.domain, moved.filePath(u"bot/domain.yml"_s));
    }

    void exportRecordsAreStoredRelative()
    {
        QTemporaryDir dir;
        SessionData data = Fixtures::sessionData(2, 2);
        data.conversations[1].exportRecords = {
            StoryRecord{0, dir.filePath(u"bot/data/stories.yml"_s), u"interactive_story_4"_s,
                        u"00ff"_s, false},
            StoryRecord{2, dir.filePath(u"bot/data/stories.yml"_s), u"happy path"_s, u"a1"_s,
                        true}};
        const QString file = dir.filePath(u"sessions/a.coach"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"sessions"_s)));
        QVERIFY(SessionFormat::writeFile(data, file));
        const QJsonObject json = QJsonDocument::fromJson(TestSupport::readFile(file)).object();
        const QJsonArray records = json.value("conversations"_L1)
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value("exported"_L1)
                                       .toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value("file"_L1).toString(),
                 u"../bot/data/stories.yml"_s);
        QVERIFY(!records.at(0).toObject().contains("duplicate"_L1));
        QVERIFY(records.at(1).toObject().value("duplicate"_L1).toBool());
        QVERIFY(!json.value("conversations"_L1).toArray().at(0).toObject().contains("exported"_L1));
        for (const auto &read :
             {SessionFormat::readFile(file),
              Result<SessionData>(SessionFormat::readFileLazily(file).value().data)}) {
            QVERIFY2(read, qPrintable(read.error().toString()));
            QCOMPARE(read->conversations.at(1).exportRecords,
                     data.conversations.at(1).exportRecords);
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray valid = validBytes();
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"damaged or truncated"_s;
        QTest::newRow("not json") << QByteArray("hello: yaml\n") << u"not JSON"_s;
        QTest::newRow("future version")
            << withValue({u"version"_s}, 7) << u"newer Rasa Coach (format version 7"_s;
        QTest::newRow("version text")
            << withValue({u"version"_s}, u"1"_s) << u"no valid format version"_s;
        QTest::newRow("foreign format") << QByteArray(R"({"format": "tiled-map", "version": 1})")
                                        << u"its format is \"tiled-map\""_s;
        QTest::newRow("no marker")
            << QByteArray(R"({"conversations": []})") << u"marker is missing"_s;
        QTest::newRow("event list")
            << QByteArray(R"([{"event": "restart"}])") << u"list of Rasa events"_s;
        QTest::newRow("conversations type")
            << withValue({u"conversations"_s}, u"x"_s) << u"conversations must be a JSON array"_s;
        QTest::newRow("event not object")
            << withValue({u"conversations"_s, u"1"_s, u"events"_s, u"2"_s}, 5)
            << u"conversations[1].events: event 3"_s;
        QTest::newRow("empty id") << withValue({u"conversations"_s, u"0"_s, u"id"_s}, u""_s)
                                  << u"conversations[0].id"_s;
        QTest::newRow("annotation out of range")
            << withValue({u"conversations"_s, u"0"_s, u"annotations"_s, u"0"_s, u"event"_s}, 9999)
            << u"conversations[0].annotations[0].event does not point"_s;
        QTest::newRow("note type")
            << withValue({u"conversations"_s, u"0"_s, u"annotations"_s, u"0"_s, u"note"_s}, 3)
            << u"note must be a string"_s;
        QTest::newRow("current out of range")
            << withValue({u"current_conversation"_s}, 5) << u"current_conversation does not name"_s;
        QTest::newRow("new intents")
            << withValue({u"new"_s, u"intents"_s}, QJsonArray{1}) << u"new.intents[0]"_s;
        QTest::newRow("domain type")
            << withValue({u"domain"_s}, QJsonArray()) << u"domain must be a JSON object"_s;
        QTest::newRow("server type") << withValue({u"server"_s, u"rasa_version"_s}, 3)
                                     << u"server.rasa_version must be a string"_s;
        QTest::newRow("created") << withValue({u"created"_s}, u"yesterday"_s)
                                 << u"created is not a date"_s;
        QTest::newRow("export records type")
            << withValue({u"conversations"_s, u"0"_s, u"exported"_s}, u"all"_s)
            << u"conversations[0].exported must be a JSON array"_s;
        const QJsonObject record{
            {u"part"_s, 0}, {u"file"_s, u"s.yml"_s}, {u"story"_s, u"x"_s}, {u"hash"_s, u"h"_s}};
        QJsonObject negative = record;
        negative.insert("part"_L1, -1);
        QTest::newRow("export record part")
            << withValue({u"conversations"_s, u"0"_s, u"exported"_s}, QJsonArray{record, negative})
            << u"conversations[0].exported[1].part must be a whole number of 0 or more"_s;
        QJsonObject noStory = record;
        noStory.insert("story"_L1, QString());
        QTest::newRow("export record story")
            << withValue({u"conversations"_s, u"0"_s, u"exported"_s}, QJsonArray{noStory})
            << u"conversations[0].exported[0].story must not be empty"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        Result<SessionData> read = SessionFormat::parse(bytes, QString());
        QVERIFY(!read);
        QVERIFY2(read.error().toString().contains(expected), qPrintable(read.error().toString()));
    }

    void readsTheVersion1Fixture()
    {
        const QString file = TestSupport::dataPath(u"sessions/moodbot-v1.coach"_s);
        Result<SessionData> read = SessionFormat::readFile(file);
        QVERIFY2(read, qPrintable(read.error().toString()));
        QCOMPARE(read->server.rasaVersion, u"3.6.2"_s);
        QCOMPARE(read->server.majorVersion(), 3);
        QCOMPARE(read->conversations.size(), 1);
        const Conversation &conversation = read->conversations.first();
        QCOMPARE(conversation.title, u"Sad path"_s);
        QCOMPARE(conversation.events.size(), 15);
        QCOMPARE(conversation.events.at(8).type(), EventType::Rewind);
        QCOMPARE(conversation.annotations.value(13).note, u"needs an action server"_s);
        QVERIFY(conversation.annotations.value(3).reviewed);
        QCOMPARE(read->newActions, QStringList{u"action_check_weather"_s});
        QVERIFY(conversation.exportRecords.isEmpty()); // version 1: nothing exported yet
        QCOMPARE(read->projectFolder,
                 QDir::cleanPath(QStringLiteral(COACH_SOURCE_DIR "/resources/examples/moodbot")));
        QVERIFY(QFileInfo::exists(read->exportPaths.domain));
        // Written again and read back, nothing changes.
        Result<SessionData> again =
            SessionFormat::parse(SessionFormat::render(*read, QString()), QString());
        QVERIFY(again);
        QVERIFY(*again == *read);

        Result<SessionData> future =
            SessionFormat::readFile(TestSupport::dataPath(u"sessions/future-version.coach"_s));
        QVERIFY(!future);
        QVERIFY(future.error().message.contains(
            u"newer Rasa Coach (format version 3; this version reads "
            u"up to 2)"_s));
    }

    void rasaTrackerDumpIsRecognised()
    {
        const QString tracker =
            TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s);
        Result<SessionData> read = SessionFormat::readFile(tracker);
        QVERIFY(!read);
        QVERIFY2(
            read.error().message.contains(u"this is a Rasa tracker, not a session; use Import"_s),
            qPrintable(read.error().toString()));
        QCOMPARE(read.error().where, tracker);
    }

    void garbageIsRefusedQuicklyAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"garbage.coach"_s);
        QByteArray garbage(50 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        garbage[0] = 'x';
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(garbage), garbage.size());
        }
        const QDateTime before = QFileInfo(file).lastModified();
        QElapsedTimer timer;
        timer.start();
        Result<SessionData> read = SessionFormat::readFile(file);
        QVERIFY(!read);
        QVERIFY2(timer.elapsed() < 5000, "a garbage file must be refused without a long parse");
        QVERIFY(read.error().message.contains(u"not JSON"_s));
        QCOMPARE(QFileInfo(file).lastModified(), before);
        QCOMPARE(QFileInfo(file).size(), garbage.size());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"garbage.coach"_s});
    }

    void garbageStartingLikeJson()
    {
        QByteArray bytes = "{\"format\": \"rasa-coach-session\", ";
        bytes += QByteArray(1024 * 1024, '\x01');
        Result<SessionData> read = SessionFormat::parse(bytes, QString());
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(u"damaged or truncated"_s));
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"a.coach"_s);
        QVERIFY(SessionFormat::writeFile(Fixtures::sessionData(1, 1), file));
        const QByteArray before = TestSupport::readFile(file);
        // A folder that does not exist, a "folder" that is a file, a file
        // name that is a folder: each fails with a message naming the path.
        QVERIFY(QDir().mkpath(dir.filePath(u"taken.coach"_s)));
        for (const QString &target :
             QStringList{dir.filePath(u"missing/b.coach"_s), file + u"/b.coach"_s,
                         dir.filePath(u"taken.coach"_s)}) {
            const Status status = SessionFormat::writeFile(Fixtures::sessionData(2, 2), target);
            QVERIFY2(!status, qPrintable(target));
            QCOMPARE(status.error().where, target);
        }
        QCOMPARE(TestSupport::readFile(file), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{u"a.coach"_s, u"taken.coach"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSessionFormat)
#include "tst_sessionformat.moc"

#include "session/sessiondocument.h"
#include "session/sessionformat.h"
#include "session/trackerimporter.h"
#include "testsupport/testdata.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestTrackerImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsRasaTrackerDump()
    {
        const QString path =
            TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s);
        Result<std::unique_ptr<SessionDocument>> imported = TrackerImporter::importFile(path);
        QVERIFY2(imported, qPrintable(imported.error().toString()));
        const SessionDocument &document = *imported.value();
        const QJsonObject dump = TestSupport::readJson(path).toObject();
        QCOMPARE(document.conversationCount(), 1);
        QCOMPARE(document.currentConversation(), 0);
        QCOMPARE(document.conversation(0).id, dump.value("sender_id"_L1).toString());
        QCOMPARE(document.conversation(0).title, u"tracker_moodbot"_s);
        QCOMPARE(Event::listToJson(document.conversation(0).events),
                 dump.value("events"_L1).toArray());
        QVERIFY(document.isModified());
        QVERIFY(document.fileName().isEmpty());
    }

    void importsEventList()
    {
        const QByteArray json = R"([{"event": "action", "name": "action_listen"},
                                    {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}}])";
        Result<std::unique_ptr<SessionDocument>> imported =
            TrackerImporter::importJson(json, u"list"_s);
        QVERIFY(imported);
        QCOMPARE(imported.value()->conversation(0).events.size(), 2);
        QCOMPARE(imported.value()->conversation(0).id.size(), 32);
    }

    void refusesWhatIsNotATracker_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray("\x01\x02 nope") << u"not JSON"_s;
        QTest::newRow("session") << SessionFormat::render(SessionData{}, QString())
                                 << u"session file"_s;
        QTest::newRow("no events")
            << QByteArray(R"({"sender_id": "x"})") << u"not a Rasa tracker"_s;
        QTest::newRow("bad event") << QByteArray(R"([{"event": 5}])") << u"event 1"_s;
    }

    void refusesWhatIsNotATracker()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Result<std::unique_ptr<SessionDocument>> imported =
            TrackerImporter::importJson(json, u"x"_s);
        QVERIFY(!imported);
        QVERIFY2(imported.error().toString().contains(expected),
                 qPrintable(imported.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTrackerImporter)
#include "tst_trackerimporter.moc"

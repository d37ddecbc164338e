#include "cli/graphcommand.h"

#include "graph/graphsessionsource.h"
#include "session/sessiondocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

Event said(const QString &text, const QString &intent)
{
    return Event::user(text, ParseData::corrected(text, intent, {}));
}

QString moodbot()
{
    return QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s;
}

//! Writes `text` into `folder`/data/`name`.
bool writeDataFile(const QString &folder, const QString &name, const QByteArray &text)
{
    QFile file(QDir(folder).filePath(u"data/"_s + name));
    return QDir(folder).mkpath(u"data"_s) && file.open(QIODevice::WriteOnly)
        && file.write(text) == text.size() && file.flush();
}

//! Labels of the nodes of a graph JSON file, sorted.
QStringList labels(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject nodes =
        QJsonDocument::fromJson(file.readAll()).object().value(u"nodes"_s).toObject();
    QStringList result;
    for (const QJsonValue &node : nodes)
        result.append(node.toObject().value(u"label"_s).toString());
    result.sort();
    return result;
}

} // namespace

class TestGraphSessionSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoneTurnsAreMaskedIndexesKept();
    void eachStoryPartKeepsItsEvents();
    void projectWithoutStoriesIsEmptyNotAnError();
    void readsTheProjectsDataFolder();
    void brokenStoryFileIsAnErrorNamingIt();
    void projectDomainStandsInWhileThereIsNoServerDomain();
    void graphCommandReadsSessions();
};

void TestGraphSessionSource::undoneTurnsAreMaskedIndexesKept()
{
    Conversation conversation;
    conversation.id = u"c1"_s;
    conversation.events = {
        Event::actionListen(), // 0
        said(u"hi"_s, u"greet"_s), // 1
        Event::action(u"utter_greet"_s), // 2
        Event::actionListen(), // 3  taken back by the rewind (as Rasa does)
        said(u"oops"_s, u"deny"_s), // 4  taken back by the rewind
        Event::rewind(), // 5
        said(u"great"_s, u"mood_great"_s), // 6
        Event::action(u"utter_wrong"_s), // 7  taken back by the undo
        Event::undo(), // 8
        Event::action(u"utter_happy"_s), // 9
    };
    const GraphConversation result = GraphSessionSource::conversation(conversation);
    QCOMPARE(result.name, u"c1"_s);
    QCOMPARE(result.events.size(), conversation.events.size());
    for (int kept : {0, 1, 2, 6, 9})
        QCOMPARE(result.events.at(kept), conversation.events.at(kept));
    for (int masked : {3, 4, 5, 7, 8})
        QCOMPARE(result.events.at(masked).type(), EventType::Unknown);
}

void TestGraphSessionSource::eachStoryPartKeepsItsEvents()
{
    // Forks and restarts split the conversation; earlier parts stay drawn
    // and session starts inside a part do not hide what came before.
    Conversation conversation;
    conversation.title = u"Titled"_s;
    conversation.events = {
        Event::action(u"action_session_start"_s),
        Event::sessionStarted(),
        Event::actionListen(),
        said(u"hi"_s, u"greet"_s),
        Event::action(u"utter_greet"_s),
        Event::restart(),
        said(u"again"_s, u"greet"_s),
        Event::action(u"action_session_start"_s),
        Event::sessionStarted(),
        Event::action(u"utter_greet"_s),
    };
    const GraphConversation result = GraphSessionSource::conversation(conversation);
    QCOMPARE(result.name, u"Titled"_s);
    for (int i = 0; i < conversation.events.size(); ++i)
        QCOMPARE(result.events.at(i).type(), conversation.events.at(i).type());
}

void TestGraphSessionSource::projectWithoutStoriesIsEmptyNotAnError()
{
    QTemporaryDir dir;
    const Result<StorySteps> none = GraphSessionSource::readProject(dir.path(), {});
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QVERIFY(writeDataFile(dir.path(), u"nlu.yml"_s,
                          "nlu:\n- intent: greet\n  examples: |\n    - hi\n"));
    const Result<StorySteps> nluOnly = GraphSessionSource::readProject(dir.path(), {});
    QVERIFY2(nluOnly, qPrintable(nluOnly ? QString() : nluOnly.error().toString()));
    QVERIFY(nluOnly->isEmpty());
}

void TestGraphSessionSource::readsTheProjectsDataFolder()
{
    QCOMPARE(GraphSessionSource::projectStoryPaths(moodbot()), QStringList{moodbot() + u"/data"_s});
    const Result<StorySteps> steps = GraphSessionSource::readProject(moodbot(), {});
    QVERIFY2(steps, qPrintable(steps ? QString() : steps.error().toString()));
    QVERIFY(steps->size() >= 5); // stories and rules
}

void TestGraphSessionSource::brokenStoryFileIsAnErrorNamingIt()
{
    QTemporaryDir dir;
    QVERIFY(writeDataFile(dir.path(), u"stories.yml"_s,
                          "stories:\n- story: x\n  steps:\n  - intent: [\n"));
    const Result<StorySteps> steps = GraphSessionSource::readProject(dir.path(), {});
    QVERIFY(!steps);
    QVERIFY(steps.error().toString().contains(u"stories.yml"_s));
}

void TestGraphSessionSource::projectDomainStandsInWhileThereIsNoServerDomain()
{
    QTemporaryDir dir;
    QVERIFY(writeDataFile(
        dir.path(), u"stories.yml"_s,
        "stories:\n- story: s\n  steps:\n  - intent: greet\n  - action: utter_greet\n"));
    QFile domain(QDir(dir.path()).filePath(u"domain.yml"_s));
    QVERIFY(domain.open(QIODevice::WriteOnly));
    domain.write("intents: [greet\n"); // not YAML: shows whether it is read
    domain.close();
    const Result<StorySteps> offline = GraphSessionSource::readProject(dir.path(), {});
    QVERIFY(!offline);
    QVERIFY(offline.error().toString().contains(u"domain.yml"_s));
    // With the server's domain (as rasa interactive uses) the file is not read.
    const QJsonObject serverDomain{{u"intents"_s, QJsonArray{u"greet"_s}}};
    const Result<StorySteps> online = GraphSessionSource::readProject(dir.path(), serverDomain);
    QVERIFY2(online, qPrintable(online ? QString() : online.error().toString()));
    QCOMPARE(online->size(), 1);
}

void TestGraphSessionSource::graphCommandReadsSessions()
{
    QTemporaryDir dir;
    SessionDocument document;
    const int index = document.addConversation(u"talk"_s);
    document.appendEvents(index,
                          {Event::actionListen(), said(u"hi"_s, u"greet"_s),
                           Event::action(u"utter_greet"_s), Event::actionListen(),
                           said(u"something new"_s, u"brand_new_intent"_s),
                           Event::action(u"utter_new_answer"_s)});
    document.setCurrentConversation(index);
    const QString session = dir.filePath(u"s.coach"_s);
    QVERIFY(document.saveAs(session));

    const Result<GraphSessionData> loaded = GraphSessionSource::load(session);
    QVERIFY(loaded);
    QCOMPARE(loaded->conversations.size(), 1);
    QCOMPARE(loaded->currentConversation, 0);
    QVERIFY(!GraphSessionSource::load(dir.filePath(u"missing.coach"_s)));

    QString errors;
    QTextStream err(&errors);
    const QString output = dir.filePath(u"graph.json"_s);
    const QStringList common{u"--stories"_s, moodbot() + u"/data/stories.yml"_s,
                             u"--domain"_s,  moodbot() + u"/domain.yml"_s,
                             u"--format"_s,  u"json"_s,
                             u"--output"_s,  output};
    QCOMPARE(runGraphCommand(common, err), 0);
    const QStringList without = labels(output);
    QCOMPARE(runGraphCommand(common + QStringList{u"--session"_s, session}, err), 0);
    const QStringList with = labels(output);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY(!without.contains(u"utter_new_answer"_s));
    QVERIFY(with.contains(u"utter_new_answer"_s));
    QCOMPARE(
        runGraphCommand(common + QStringList{u"--session"_s, dir.filePath(u"nope.coach"_s)}, err),
        1);
    QVERIFY(errors.contains(u"nope.coach"_s));
}

QTEST_MAIN(TestGraphSessionSource)
#include "tst_graphsessionsource.moc"

// ConflictChecker: the conflicts of the hand-made projects in
// tests/data/conflicts compared with what real Rasa 2.8 and 3.6 said about
// them (expected/<line>-<max history>.txt, recorded by
// tests/e2e/record-conflicts.sh), and the live check of conversations.

#include "conflicts/conflictchecker.h"

#include "export/storybuilder.h"
#include "export/storyreader.h"
#include "export/yamlstorywriter.h"
#include "session/sessionformat.h"
#include "testsupport/generatedproject.h"
#include "testsupport/testdata.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

//! One conflict in a form both sides can produce: Rasa names at most three
//! stories per action ("'a', 'b', and 2 other trackers"), so beyond three
//! only the count is compared (and the two names Rasa shows are checked
//! separately).
QString canonical(const QString &state, QList<std::pair<QString, QStringList>> actions)
{
    QStringList parts;
    for (auto &[action, stories] : actions) {
        stories.sort();
        parts.append(
            u"%1 x%2%3"_s.arg(action)
                .arg(stories.size())
                .arg(stories.size() > 3 ? QString() : u" ["_s + stories.join(u"|"_s) + u']'));
    }
    parts.sort();
    return state + u": "_s + parts.join(u"; "_s);
}

struct Expected
{
    QStringList conflicts; //!< canonical forms
    QList<QStringList> namedInLongLists; //!< the names Rasa shows of long lists
};

Expected parseExpected(const QString &path)
{
    static const QRegularExpression header(u"^Story structure conflict after (.*):$"_s);
    static const QRegularExpression line(u"^  (\\S+) predicted in (.*)$"_s);
    static const QRegularExpression quoted(u"'([^']*)'"_s);
    static const QRegularExpression others(u"and (\\d+) other trackers$"_s);
    Expected expected;
    QString state;
    QList<std::pair<QString, QStringList>> actions;
    const auto flush = [&] {
        if (!state.isEmpty())
            expected.conflicts.append(canonical(state, actions));
        state.clear();
        actions.clear();
    };
    const QStringList lines = QString::fromUtf8(TestSupport::readFile(path)).split(u'\n');
    for (const QString &text : lines) {
        if (const auto match = header.match(text); match.hasMatch()) {
            flush();
            state = match.captured(1);
        } else if (const auto action = line.match(text); action.hasMatch()) {
            QStringList names;
            for (auto it = quoted.globalMatch(action.captured(2)); it.hasNext();)
                names.append(it.next().captured(1));
            if (const auto more = others.match(action.captured(2)); more.hasMatch()) {
                expected.namedInLongLists.append(names);
                for (int i = 0; i < more.captured(1).toInt(); ++i)
                    names.append(u"?"_s);
            }
            actions.append({action.captured(1), names});
        }
    }
    flush();
    return expected;
}

//! The checker of the `basic` case (whole history).
std::unique_ptr<ConflictChecker> basicChecker()
{
    Result<ConflictProject> project =
        ConflictProject::load(TestSupport::dataPath(u"conflicts/basic"_s));
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    return ConflictChecker::create(*project, std::nullopt).value();
}

//! A conversation: one turn per intent, each answered by the action at the
//! same place.
EventList conversation(const QStringList &intents, const QStringList &actions)
{
    EventList events{Event::action(u"action_session_start"_s), Event::sessionStarted(),
                     Event::actionListen()};
    for (qsizetype i = 0; i < intents.size(); ++i) {
        if (i > 0)
            events.append(Event::actionListen());
        events.append(
            Event::user(intents.at(i), ParseData::corrected(intents.at(i), intents.at(i), {})));
        events.append(Event::action(actions.at(i)));
    }
    return events;
}

EventList turnAfter(const QString &intent, const QString &action)
{
    return {Event::actionListen(), Event::user(intent, ParseData::corrected(intent, intent, {})),
            Event::action(action)};
}

} // namespace

class TestConflictChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesRasa_data();
    void matchesRasa();
    void sessionExportIsWhatRasaRead();
    void conversationAgainstStories();
    void conversationInProgressHasNoFinalListen();
    void replacingAConversationDropsItsConflicts();
    void conversationsAgainstEachOther();
    void stepsOfAJoinedTracker();
};

void TestConflictChecker::matchesRasa_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("history");
    const QDir cases(TestSupport::dataPath(u"conflicts"_s));
    int rows = 0;
    for (const QString &name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir expected(cases.filePath(name + u"/expected"_s));
        for (const QString &file : expected.entryList({u"*.txt"_s}, QDir::Files)) {
            const QString base = file.chopped(4);
            const QString line = base.section(u'-', 0, 0), history = base.section(u'-', 1);
            QTest::addRow("%s %s", qPrintable(name), qPrintable(base))
                << cases.filePath(name) << line << history;
            ++rows;
        }
    }
    QVERIFY2(rows >= 30, "the recorded fixtures are missing");
}

void TestConflictChecker::matchesRasa()
{
    QFETCH(QString, folder);
    QFETCH(QString, line);
    QFETCH(QString, history);
    const QString expectedFile = folder + u"/expected/%1-%2.txt"_s.arg(line, history);
    QTemporaryDir generated;
    if (QFileInfo::exists(folder + u"/generate"_s)) {
        const int stories =
            QString::fromUtf8(TestSupport::readFile(folder + u"/generate"_s)).trimmed().toInt();
        QVERIFY(TestSupport::writeGeneratedProject(generated.path(), stories));
        folder = generated.path();
    }
    const QString domain = line == u"2.8"_s && QFileInfo::exists(folder + u"/domain-2.yml"_s)
        ? u"domain-2.yml"_s
        : u"domain.yml"_s;
    Result<ConflictProject> project = ConflictProject::load(folder, domain);
    QVERIFY2(project, qPrintable(project.error().toString()));
    if (QFileInfo::exists(folder + u"/session.coach"_s)) {
        // Rasa read the session's export (session-export/); the check reads
        // the session itself.
        Result<SessionData> session = SessionFormat::readFile(folder + u"/session.coach"_s);
        QVERIFY2(session, qPrintable(session.error().toString()));
        QList<ExportConversation> conversations;
        for (const Conversation &conversation : session->conversations)
            conversations.append({conversation.id, conversation.events});
        project.value().steps += conversationStories(conversations, project->storyNames());
    }
    const std::optional<int> maxHistory =
        history == u"none"_s ? std::nullopt : std::optional<int>(history.toInt());
    Result<std::unique_ptr<ConflictChecker>> checker =
        ConflictChecker::create(*project, maxHistory);
    QVERIFY2(checker, qPrintable(checker.error().toString()));

    const Expected expected = parseExpected(expectedFile);
    QStringList found;
    const QList<StoryConflict> conflicts = (*checker)->conflicts();
    for (const StoryConflict &conflict : conflicts) {
        QList<std::pair<QString, QStringList>> actions;
        for (const StoryConflict::Action &action : conflict.actions)
            actions.append({action.name, action.stories()});
        found.append(canonical(conflict.stateText(), actions));
    }
    QStringList want = expected.conflicts;
    want.sort();
    found.sort();
    QCOMPARE(found.join(u'\n'), want.join(u'\n'));
    for (const QStringList &names : expected.namedInLongLists) {
        const bool named =
            std::any_of(conflicts.cbegin(), conflicts.cend(), [&](const StoryConflict &c) {
                return std::any_of(
                    c.actions.cbegin(), c.actions.cend(), [&](const StoryConflict::Action &a) {
                        const QStringList ours = a.stories();
                        return std::all_of(names.cbegin(), names.cend(),
                                           [&ours](const QString &n) { return ours.contains(n); });
                    });
            });
        QVERIFY2(named, qPrintable(names.join(u", "_s)));
    }
}

void TestConflictChecker::sessionExportIsWhatRasaRead()
{
    // Rasa checked session-export/ for the session case: it must be what the
    // export writes for session.coach (the check reads the session).
    const QString folder = TestSupport::dataPath(u"conflicts/session"_s);
    Result<ConflictProject> project = ConflictProject::load(folder);
    QVERIFY2(project, qPrintable(project.error().toString()));
    Result<SessionData> session = SessionFormat::readFile(folder + u"/session.coach"_s);
    QVERIFY2(session, qPrintable(session.error().toString()));
    QList<ExportConversation> conversations;
    for (const Conversation &conversation : session->conversations)
        conversations.append({conversation.id, conversation.events});
    const StorySteps ours = conversationStories(conversations, project->storyNames());
    const Result<StorySteps> exported =
        StoryReader::readFile(folder + u"/session-export/stories.yml"_s);
    QVERIFY(exported);
    const YamlStoryWriter writer(StoryWriterOptions{});
    QCOMPARE(writer.render(ours), writer.render(*exported));
}

void TestConflictChecker::conversationAgainstStories()
{
    std::unique_ptr<ConflictChecker> checker = basicChecker();
    checker->setConversation(3, u"talk"_s, conversation({u"greet"_s}, {u"utter_x"_s}), true);
    const std::optional<StoryConflict> latest = checker->latestConflict(3);
    QVERIFY(latest);
    QCOMPARE(latest->stateText(), u"intent 'greet'"_s);
    QStringList actions;
    for (const StoryConflict::Action &action : latest->actions)
        actions.append(action.name + u": "_s + action.stories().join(u", "_s));
    QCOMPARE(actions,
             (QStringList{u"utter_a: greet a"_s, u"utter_b: greet b"_s, u"utter_x: talk"_s}));
    QVERIFY(latest->involves(checker->conversationTrackers(3).first()));
    QCOMPARE(checker->conversationOf(checker->conversationTrackers(3).first()), 3);
    QCOMPARE(checker->conversationConflicts(3).size(), 1);
    QCOMPARE(checker->conflicts().size(), 6); // the project's 6, one of them now with "talk"
}

void TestConflictChecker::conversationInProgressHasNoFinalListen()
{
    // "thanks → utter_np": a project story then waits (action_listen), another
    // runs utter_more. A conversation that just ran utter_np has not decided.
    std::unique_ptr<ConflictChecker> checker = basicChecker();
    const EventList events = conversation({u"thanks"_s}, {u"utter_np"_s});
    checker->setConversation(0, u"talk"_s, events, true);
    QVERIFY(!checker->latestConflict(0)); // utter_np after thanks is what both stories do
    QVERIFY(checker->conversationConflicts(0).isEmpty());
    // Once the bot listens, the conversation sides with "thanks and stop".
    checker->setConversation(0, u"talk"_s, events + EventList{Event::actionListen()}, true);
    const std::optional<StoryConflict> listening = checker->latestConflict(0);
    QVERIFY(listening);
    QCOMPARE(listening->stateText(), u"action 'utter_np'"_s);
    // As exported (not in progress) the story ends in action_listen too.
    checker->setConversation(0, u"talk"_s, events, false);
    QVERIFY(checker->latestConflict(0));
    QVERIFY(checker->lastActionConflict(0));
    // The warning stays for the bot's turn: an action after the conflict.
    const EventList greeted =
        conversation({u"greet"_s}, {u"utter_x"_s}) + EventList{Event::action(u"utter_y"_s)};
    checker->setConversation(0, u"talk"_s, greeted, true);
    QVERIFY(!checker->lastActionConflict(0));
    QCOMPARE(checker->latestConflict(0)->stateText(), u"intent 'greet'"_s);
    // The next turn starts afresh.
    checker->setConversation(0, u"talk"_s, greeted + turnAfter(u"bye"_s, u"utter_a"_s), true);
    QVERIFY(!checker->latestConflict(0));
}

void TestConflictChecker::replacingAConversationDropsItsConflicts()
{
    std::unique_ptr<ConflictChecker> checker = basicChecker();
    checker->setConversation(1, u"talk"_s, conversation({u"ask"_s}, {u"utter_c"_s}), true);
    QCOMPARE(checker->conversationConflicts(1).size(), 1);
    const int before = checker->index().trackerCount();
    checker->setConversation(1, u"talk"_s, conversation({u"later"_s}, {u"utter_c"_s}), true);
    QVERIFY(checker->conversationConflicts(1).isEmpty());
    QCOMPARE(checker->index().trackerCount(), before);
    checker->removeConversation(1);
    QCOMPARE(checker->index().trackerCount(), before - 1);
    QVERIFY(checker->conversationTrackers(1).isEmpty());
}

void TestConflictChecker::conversationsAgainstEachOther()
{
    std::unique_ptr<ConflictChecker> checker = basicChecker();
    checker->setConversation(0, u"first"_s, conversation({u"hello"_s}, {u"utter_1"_s}), true);
    QVERIFY(!checker->latestConflict(0));
    checker->setConversation(1, u"second"_s, conversation({u"hello"_s}, {u"utter_2"_s}), true);
    const std::optional<StoryConflict> conflict = checker->latestConflict(1);
    QVERIFY(conflict);
    QCOMPARE(conflict->actions.size(), 2);
    QCOMPARE(conflict->actions.at(0).stories(), QStringList{u"first"_s});
    QVERIFY(checker->latestConflict(0)); // the first one sees it too now
    // Parts after a restart are named apart.
    EventList restarted = conversation({u"hello"_s}, {u"utter_1"_s});
    restarted += EventList{Event::actionListen(), Event::restart()}
        + conversation({u"hello"_s}, {u"utter_3"_s});
    checker->setConversation(2, u"third"_s, restarted, true);
    QCOMPARE(checker->conversationTrackers(2).size(), 2);
    QCOMPARE(checker->index().tracker(checker->conversationTrackers(2).last()).name,
             u"third (2)"_s);
}

void TestConflictChecker::stepsOfAJoinedTracker()
{
    Result<ConflictProject> project =
        ConflictProject::load(TestSupport::dataPath(u"conflicts/checkpoints"_s));
    QVERIFY(project);
    std::unique_ptr<ConflictChecker> checker =
        ConflictChecker::create(*project, std::nullopt).value();
    const QList<StoryConflict> conflicts = checker->conflicts();
    const auto joined =
        std::find_if(conflicts.cbegin(), conflicts.cend(),
                     [](const StoryConflict &c) { return c.stateText() == u"intent 'c_yes'"_s; });
    QVERIFY(joined != conflicts.cend());
    const StorySteps steps = checker->stepsOf(joined->actions.first().occurrences.first().tracker);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).name, u"start"_s);
    QVERIFY(steps.at(0).sourceFile.endsWith(u"stories.yml"_s));
    QVERIFY(steps.at(0).sourceLine > 0);

    checker->setConversation(0, u"talk"_s, conversation({u"c_start"_s}, {u"utter_c"_s}), true);
    const StorySteps talk = checker->stepsOf(checker->conversationTrackers(0).first());
    QCOMPARE(talk.size(), 1);
    QCOMPARE(talk.first().items.size(), 2); // intent and action, as exported
    QVERIFY(checker->stepsOf(9999).isEmpty());
}

QTEST_GUILESS_MAIN(TestConflictChecker)
#include "tst_conflictchecker.moc"

// ConflictMonitor: reads the project off the GUI thread, follows the
// session's conversations and previews an action.

#include "conflictmonitor.h"

#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "testsupport/testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

EventList turn(const QString &intent, const QString &action)
{
    return {Event::actionListen(), Event::user(intent, ParseData::corrected(intent, intent, {})),
            Event::action(action)};
}

} // namespace

class TestConflictMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noProjectNoConflicts();
    void followsTheConversation();
    void previewLeavesTheConversationAlone();
    void badProjectSaysWhy();
    void newSessionStartsOver();

private:
    bool waitReady();

    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<InteractiveSession> m_session;
    std::unique_ptr<ConflictMonitor> m_monitor;
};

void TestConflictMonitor::init()
{
    m_document = std::make_unique<SessionDocument>();
    m_session = std::make_unique<InteractiveSession>(m_document.get());
    m_monitor = std::make_unique<ConflictMonitor>();
}

void TestConflictMonitor::cleanup()
{
    m_monitor.reset();
    m_session.reset();
    m_document.reset();
}

bool TestConflictMonitor::waitReady()
{
    return QTest::qWaitFor([this] { return m_monitor->state() != ConflictMonitor::State::Loading; },
                           10000)
        && m_monitor->state() == ConflictMonitor::State::Ready;
}

void TestConflictMonitor::noProjectNoConflicts()
{
    m_monitor->setSession(m_session.get());
    QCOMPARE(m_monitor->state(), ConflictMonitor::State::NoProject);
    QVERIFY(m_monitor->conflicts().isEmpty());
    QVERIFY(!m_monitor->currentConflict());
    QVERIFY(!m_monitor->preview(u"utter_a"_s));
}

void TestConflictMonitor::followsTheConversation()
{
    m_document->setProjectFolder(TestSupport::dataPath(u"conflicts/basic"_s));
    m_monitor->setSession(m_session.get());
    QCOMPARE(m_monitor->state(), ConflictMonitor::State::Loading);
    QVERIFY(waitReady());
    const int projectConflicts = int(m_monitor->conflicts().size());
    QVERIFY(projectConflicts > 0);

    QSignalSpy changed(m_monitor.get(), &ConflictMonitor::conflictsChanged);
    const int index = m_document->addConversation(u"c1"_s, u"First talk"_s);
    m_document->setCurrentConversation(index);
    m_document->appendEvents(index, turn(u"later"_s, u"utter_c"_s));
    QVERIFY(changed.count() >= 2);
    QVERIFY(!m_monitor->currentConflict());
    m_document->appendEvents(index, turn(u"greet"_s, u"utter_x"_s));
    const std::optional<StoryConflict> conflict = m_monitor->currentConflict();
    QVERIFY(conflict);
    QCOMPARE(conflict->stateText(), u"intent 'greet'"_s);
    QVERIFY(conflict->involves(m_monitor->currentTracker()));
    QCOMPARE(conflict->actions.last().stories(), QStringList{u"First talk"_s});
}

void TestConflictMonitor::previewLeavesTheConversationAlone()
{
    m_document->setProjectFolder(TestSupport::dataPath(u"conflicts/basic"_s));
    m_monitor->setSession(m_session.get());
    QVERIFY(waitReady());
    const int index = m_document->addConversation(u"c1"_s);
    m_document->setCurrentConversation(index);
    m_document->appendEvents(index,
                             {Event::actionListen(),
                              Event::user(u"dup"_s, ParseData::corrected(u"dup"_s, u"dup"_s, {}))});
    const std::optional<StoryConflict> preview = m_monitor->preview(u"utter_x"_s);
    QVERIFY(preview);
    QCOMPARE(preview->stateText(), u"intent 'dup'"_s);
    QVERIFY(m_monitor->preview(u"utter_d1"_s)); // already a conflict among the stories
    QVERIFY(!m_monitor->currentConflict());
    QCOMPARE(m_monitor->checker()->conversationIndexes(), QList<int>{index});
}

void TestConflictMonitor::badProjectSaysWhy()
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"domain.yml"_s), "intents: [greet]\n");
    TestSupport::writeFile(dir.filePath(u"data/stories.yml"_s),
                           "stories:\n- story: s\n  steps:\n  - intent: ''\n");
    m_document->setProjectFolder(dir.path());
    QSignalSpy states(m_monitor.get(), &ConflictMonitor::stateChanged);
    m_monitor->setSession(m_session.get());
    QVERIFY(!waitReady());
    QCOMPARE(m_monitor->state(), ConflictMonitor::State::Failed);
    QVERIFY2(m_monitor->statusText().contains(u"stories.yml line 4"_s),
             qPrintable(m_monitor->statusText()));
    QVERIFY(states.count() >= 2);
}

void TestConflictMonitor::newSessionStartsOver()
{
    m_document->setProjectFolder(TestSupport::dataPath(u"conflicts/basic"_s));
    m_monitor->setSession(m_session.get());
    m_monitor->setSession(nullptr); // while loading: the answer is dropped
    QCOMPARE(m_monitor->state(), ConflictMonitor::State::NoProject);
    QVERIFY(QTest::qWaitFor([this] { return !m_monitor->isReading(); }, 10000));
    QCoreApplication::processEvents(); // the watcher's finished signal
    QVERIFY(!m_monitor->checker());
    QCOMPARE(m_monitor->state(), ConflictMonitor::State::NoProject);
}

QTEST_MAIN(TestConflictMonitor)
#include "tst_conflictmonitor.moc"

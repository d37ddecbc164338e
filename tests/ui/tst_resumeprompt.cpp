// When the session file and the server disagree about a conversation, the
// annotator is asked which wins; nothing is merged without an answer.
#include "messagebox.h"
#include "resumeprompt.h"

#include "fakerasa/fakerasaserver.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"

#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Coach;
using State = InteractiveSession::State;

class TestResumePrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void asksWhichSideWins_data();
    void asksWhichSideWins();

private:
    ConnectionSettings settings(const QString &id = {}) const;
    //! A session that talked in "shared", then someone went on there.
    void makeServerGoOn(SessionDocument &document);

    std::unique_ptr<FakeRasa::FakeRasaServer> m_server;
};

void TestResumePrompt::init()
{
    m_server = std::make_unique<FakeRasa::FakeRasaServer>();
    QVERIFY(m_server->loadBot(QStringLiteral(COACH_SOURCE_DIR) + u"/resources/examples/moodbot"_s));
    QVERIFY(m_server->listen() != 0);
    MessageBox::resetCounters();
}

void TestResumePrompt::cleanup()
{
    m_server.reset();
}

ConnectionSettings TestResumePrompt::settings(const QString &id) const
{
    ConnectionSettings s;
    s.serverUrl = m_server->url();
    s.conversationId = id;
    return s;
}

void TestResumePrompt::makeServerGoOn(SessionDocument &document)
{
    {
        InteractiveSession first(&document);
        QVERIFY(first.connectToServer(settings(u"shared"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), State::AwaitingUserMessage, 15000);
        QVERIFY(first.sendUserMessage(u"/greet"_s));
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), State::ConfirmingAction, 15000);
    }
    SessionDocument later;
    InteractiveSession other(&later);
    QVERIFY(other.connectToServer(settings(u"shared"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(other.state(), State::ConfirmingAction, 15000);
    QVERIFY(other.chooseAction(u"utter_greet"_s));
    QTRY_VERIFY_WITH_TIMEOUT(other.state() == State::ConfirmingAction
                                 || other.state() == State::AwaitingUserMessage,
                             15000);
}

void TestResumePrompt::asksWhichSideWins_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("takesServer");
    QTest::newRow("the file's") << int(QMessageBox::Yes) << false;
    QTest::newRow("the server's") << int(QMessageBox::No) << true;
}

void TestResumePrompt::asksWhichSideWins()
{
    QFETCH(int, answer);
    QFETCH(bool, takesServer);
    SessionDocument document;
    makeServerGoOn(document);
    const EventList mine = document.conversation(0).events;
    const int serverCount = int(m_server->tracker(u"shared"_s).events().size());
    QVERIFY(serverCount > mine.size());

    QWidget window;
    InteractiveSession session(&document);
    new ResumePrompt(&session, &window);
    MessageBox::setNextAnswer(static_cast<MessageBox::Button>(answer));
    QVERIFY(session.connectToServer(settings()));
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::shownCount() == 1, 15000);
    QVERIFY2(MessageBox::lastText().contains(u"shared"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastButtonTexts().value(QMessageBox::Yes).contains(u"File"_s));
    QVERIFY(MessageBox::lastButtonTexts().value(QMessageBox::No).contains(u"Server"_s));
    QVERIFY(MessageBox::lastButtons() & QMessageBox::Cancel);
    QTRY_VERIFY_WITH_TIMEOUT(session.state() != State::ConfirmingResume
                                 && session.state() != State::Rebuilding
                                 && session.state() != State::Connecting,
                             15000);
    QVERIFY2(session.state() != State::Failed, qPrintable(session.lastError().message));
    if (takesServer) {
        QCOMPARE(int(document.conversation(0).events.size()), serverCount);
        QCOMPARE(document.conversation(0).id, u"shared"_s);
    } else {
        QCOMPARE(document.conversation(0).events.mid(0, mine.size()), mine);
        QVERIFY(document.conversation(0).id.startsWith(u"shared-"_s));
        QCOMPARE(int(m_server->tracker(u"shared"_s).events().size()), serverCount);
    }
}

QTEST_MAIN(TestResumePrompt)
#include "tst_resumeprompt.moc"

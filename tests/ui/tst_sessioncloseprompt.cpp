// Closing must not lose work: a session with story parts no export has
// written offers Export… beside Save and Discard, through the window's own
// Quit action.
#include "exportdialog.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "messagebox.h"
#include "sessioncloseprompt.h"

#include "session/sessiondocument.h"
#include "session/sessionformat.h"

#include <QAction>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestSessionClosePrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingToLoseClosesWithoutAsking();
    void quitOffersExportOfUnexportedStories();
    void exportFromTheOfferThenSave();

private:
    QString writeSession(int conversations);

    std::unique_ptr<MainWindowFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSessionClosePrompt::init()
{
    m_fixture = std::make_unique<MainWindowFixture>();
    m_dir = std::make_unique<QTemporaryDir>();
    MessageBox::resetCounters();
}

void TestSessionClosePrompt::cleanup()
{
    MessageBox::setDefaultAnswer(std::nullopt);
    m_dir.reset();
    m_fixture.reset();
}

//! A saved session (not modified once opened) with story parts to export.
QString TestSessionClosePrompt::writeSession(int conversations)
{
    SessionData data;
    data.sessionId = u"close-test"_s;
    data.projectFolder = m_dir->path();
    for (int i = 0; i < conversations; ++i) {
        const QString text = u"hello %1"_s.arg(i);
        Conversation conversation;
        conversation.id = u"c%1"_s.arg(i);
        conversation.events = {
            Event::actionListen(), Event::user(text, ParseData::corrected(text, u"greet"_s, {})),
            Event::action(i == 0 ? u"utter_greet"_s : u"utter_happy"_s), Event::actionListen()};
        data.conversations.append(conversation);
    }
    data.currentConversation = conversations > 0 ? 0 : -1;
    const QString file = m_dir->filePath(u"work.coach"_s);
    const Status written = SessionFormat::writeFile(data, file);
    return written ? file : QString();
}

void TestSessionClosePrompt::nothingToLoseClosesWithoutAsking()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSession(writeSession(0)));
    window.action(MainWindow::ActionId::Quit)->trigger();
    QCOMPARE(MessageBox::shownCount(), 0);
    QVERIFY(!window.isVisible());
}

void TestSessionClosePrompt::quitOffersExportOfUnexportedStories()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSession(writeSession(2)));
    QVERIFY(!window.document()->isModified());
    QCOMPARE(SessionClosePrompt::unexportedParts(window.document()), 2);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.action(MainWindow::ActionId::Quit)->trigger();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(window.isVisible()); // cancelled: nothing lost
    const MessageBox::Buttons offered = MessageBox::lastButtons();
    QVERIFY(offered & QMessageBox::Apply);
    QCOMPARE(MessageBox::lastButtonTexts().value(QMessageBox::Apply),
             SessionClosePrompt::tr("&Export…"));
    QVERIFY(offered & QMessageBox::Discard);
    QVERIFY(!(offered & QMessageBox::Save)); // nothing unsaved
    QVERIFY2(MessageBox::lastText().contains(u"2 story part"_s),
             qPrintable(MessageBox::lastText()));

    // Unsaved changes as well: Save, Export… and Discard side by side.
    window.document()->setProjectFolder(m_dir->filePath(u"elsewhere"_s));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.action(MainWindow::ActionId::Quit)->trigger();
    QVERIFY((MessageBox::lastButtons()
             & (QMessageBox::Save | QMessageBox::Apply | QMessageBox::Discard))
            == (QMessageBox::Save | QMessageBox::Apply | QMessageBox::Discard));
    QVERIFY(window.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    window.action(MainWindow::ActionId::Quit)->trigger();
    QVERIFY(!window.isVisible());
}

void TestSessionClosePrompt::exportFromTheOfferThenSave()
{
    MainWindow window;
    window.show();
    const QString file = writeSession(1);
    QVERIFY(window.openSession(file));
    // Export… opens the export dialog; writing the files keeps export records
    // in the session, so saving is offered next.
    bool exported = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = window.findChild<ExportDialog *>();
        if (!dialog || !dialog->isVisible() || dialog->isPreparing() || !dialog->preview())
            return;
        poll.stop();
        exported = dialog->writeFiles();
        MessageBox::setNextAnswer(QMessageBox::Save);
        dialog->accept();
    });
    poll.start(20);
    MessageBox::setNextAnswer(QMessageBox::Apply);
    window.action(MainWindow::ActionId::Quit)->trigger();
    QVERIFY(exported);
    QVERIFY(!window.isVisible()); // saved, then closed
    QVERIFY(QFile::exists(m_dir->filePath(u"data/stories.yml"_s)));
    QCOMPARE(MessageBox::shownCount(), 2);
    Result<SessionData> saved = SessionFormat::readFile(file);
    QVERIFY(saved.isOk());
    QCOMPARE(saved->conversations.at(0).exportRecords.size(), 1);
    // Nothing left to export or save: the next close asks nothing.
    MainWindow again;
    again.show();
    QVERIFY(again.openSession(file));
    QCOMPARE(SessionClosePrompt::unexportedParts(again.document()), 0);
    again.action(MainWindow::ActionId::Quit)->trigger();
    QCOMPARE(MessageBox::shownCount(), 2);
    QVERIFY(!again.isVisible());
}

QTEST_MAIN(TestSessionClosePrompt)
#include "tst_sessioncloseprompt.moc"

// The window's flows on a real X server, started by its own shortcuts and
// answered with keys: Save As, Open (and a damaged file), Export, Quit with
// unsaved changes, the recovery prompt, Connect to a port that refuses,
// Cancel after a failure, Restart, and quick replies after Undo and Fork.
#include "coachonx11.h"
#include "conversationmodel.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "mainwindow.h"

#include "fakerasa/fakerasaserver.h"
#include "session/sessiondocument.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;
using Page = CoachOnX11::Page;

class TestX11WindowFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveAsThenOpen();
    void damagedFileIsReportedInADialog();
    void exportWritesTheFiles();
    void quitAsksAboutUnsavedChanges();
    void recoveryPromptWhenOpening();
    void refusedPortShowsTheReasonAndCancels();
    void cancelAfterAFailureReturnsToTheQuestion();
    void restartAsksFirst();
    void quickRepliesComeBackAfterUndoAndFork();

private:
    bool oneTurn(const QString &text);
    //! Answers the next message box with `button`; keeps its text in m_boxText.
    void answerNextBox(QMessageBox::StandardButton button);
    static QString readFile(const QString &path);

    std::unique_ptr<CoachOnX11> m_app;
    QString m_boxText;
};

void TestX11WindowFlows::initTestCase()
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
}

void TestX11WindowFlows::init()
{
    m_app = std::make_unique<CoachOnX11>();
    m_boxText.clear();
    QVERIFY2(m_app->start(), qPrintable(m_app->error()));
}

void TestX11WindowFlows::cleanup()
{
    FileDialog::setNextFileName({});
    m_app.reset();
}

bool TestX11WindowFlows::oneTurn(const QString &text)
{
    return m_app->say(text) && m_app->waitForPage(Page::Annotation)
        && m_app->keys().press(u"Return"_s) && m_app->confirmUntilListening();
}

void TestX11WindowFlows::answerNextBox(QMessageBox::StandardButton button)
{
    m_app->whenDialogShows([this, button](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box)
            return;
        m_boxText = box->text();
        if (button == QMessageBox::Cancel || button == QMessageBox::Escape)
            m_app->keys().press(u"Escape"_s);
        else
            m_app->pressButton(box->button(button));
    });
}

QString TestX11WindowFlows::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestX11WindowFlows::saveAsThenOpen()
{
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    QVERIFY(oneTurn(u"hello"_s));
    const QString file = m_app->path(u"saved.coach"_s);
    FileDialog::setNextFileName(file);
    QVERIFY(m_app->pressInWindow(u"ctrl+shift+s"_s));
    QVERIFY(m_app->waitFor([&] { return QFile::exists(file); }));
    QVERIFY(m_app->waitFor([&] { return !m_app->window().document()->isModified(); }));
    QVERIFY(readFile(file).contains(u"utter_greet"_s));

    // Saved but not exported: closing it offers Export; the test discards.
    answerNextBox(QMessageBox::Discard);
    FileDialog::setNextFileName(QStringLiteral(COACH_SOURCE_DIR)
                                + u"/resources/examples/moodbot.coach"_s);
    QVERIFY(m_app->pressInWindow(u"ctrl+o"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->handledDialogs() == 1; }));
    QVERIFY2(m_boxText.contains(u"not been exported"_s), qPrintable(m_boxText));
    QVERIFY(m_app->waitFor(
        [&] { return m_app->window().document()->fileName().endsWith(u"moodbot.coach"_s); }));
    QCOMPARE(m_app->window().session()->state(), InteractiveSession::State::Offline);
    QVERIFY(m_app->window().conversationModel()->rowCount() > 5);
}

void TestX11WindowFlows::damagedFileIsReportedInADialog()
{
    const QString damaged = m_app->path(u"damaged.coach"_s);
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"rasa-coach-session\", \"conversations\": [");
    file.close();
    FileDialog::setNextFileName(damaged);
    answerNextBox(QMessageBox::Ok);
    QVERIFY(m_app->pressInWindow(u"ctrl+o"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->handledDialogs() == 1; }));
    QVERIFY2(m_boxText.contains(QDir::toNativeSeparators(damaged)), qPrintable(m_boxText));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_app->window().document()->fileName().isEmpty()); // nothing replaced
}

void TestX11WindowFlows::exportWritesTheFiles()
{
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    QVERIFY(oneTurn(u"hello"_s));
    QVERIFY(m_app->pressInWindow(u"ctrl+shift+e"_s));
    auto *dialog = qobject_cast<ExportDialog *>(m_app->waitForDialog());
    QVERIFY(dialog);
    const QList<std::pair<QString, QString>> fields{{u"alt+s"_s, m_app->path(u"out/stories.yml"_s)},
                                                    {u"alt+n"_s, m_app->path(u"out/nlu.yml"_s)},
                                                    {u"alt+d"_s, m_app->path(u"out/domain.yml"_s)}};
    for (const auto &[key, path] : fields) {
        QVERIFY(m_app->keys().press(key));
        QVERIFY(m_app->keys().press(u"ctrl+a"_s));
        QVERIFY(m_app->keys().type(path));
    }
    QVERIFY(m_app->waitFor([&] { return dialog->domainEdit()->text() == fields.at(2).second; }));
    // Alt+P first moves the focus (the domain field's changed path starts a
    // preview), then clicks 100 ms later (a second one): Write is only ready
    // for the key once the click's preview is done.
    QSignalSpy previewClicked(dialog->previewButton(), &QPushButton::clicked);
    QVERIFY(m_app->keys().press(u"alt+p"_s));
    QVERIFY(m_app->waitFor(
        [&] { return !previewClicked.isEmpty() && dialog->writeButton()->isEnabled(); }));
    QVERIFY(m_app->keys().press(u"alt+w"_s));
    QVERIFY(m_app->waitFor([&] { return QFile::exists(fields.at(0).second); }));
    QVERIFY(readFile(fields.at(0).second).contains(u"utter_greet"_s));
    QVERIFY(readFile(fields.at(1).second).contains(u"hello"_s));
}

void TestX11WindowFlows::quitAsksAboutUnsavedChanges()
{
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    QVERIFY(oneTurn(u"hello"_s));
    QVERIFY(m_app->window().document()->isModified());
    answerNextBox(QMessageBox::Cancel);
    QVERIFY(m_app->pressInWindow(u"ctrl+q"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->handledDialogs() == 1; }));
    QVERIFY(m_app->waitFor([] { return !QApplication::activeModalWidget(); }));
    QVERIFY(m_app->window().isVisible());

    const QString file = m_app->path(u"quit.coach"_s);
    FileDialog::setNextFileName(file);
    answerNextBox(QMessageBox::Save);
    QVERIFY(m_app->pressInWindow(u"ctrl+q"_s));
    QVERIFY(m_app->waitFor([&] { return !m_app->window().isVisible(); }));
    QVERIFY(m_boxText.contains(u"not saved"_s));
    QVERIFY(readFile(file).contains(u"utter_greet"_s));
}

void TestX11WindowFlows::recoveryPromptWhenOpening()
{
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    QVERIFY(oneTurn(u"hello"_s));
    const QString file = m_app->path(u"crashed.coach"_s);
    FileDialog::setNextFileName(file);
    QVERIFY(m_app->pressInWindow(u"ctrl+shift+s"_s));
    QVERIFY(m_app->waitFor([&] { return !m_app->window().document()->isModified(); }));
    QVERIFY(oneTurn(u"I am great"_s));
    m_app->window().document()->abandonJournal(); // as if Rasa Coach was killed now

    // Opening the file again: first the open session's changes are dropped,
    // then the journal is offered.
    answerNextBox(QMessageBox::Discard);
    answerNextBox(QMessageBox::Yes);
    FileDialog::setNextFileName(file);
    QVERIFY(m_app->pressInWindow(u"ctrl+o"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->handledDialogs() == 2; }));
    QVERIFY2(m_boxText.contains(u"crashed.coach"_s), qPrintable(m_boxText));
    QVERIFY2(!m_boxText.contains(u"0 steps"_s) && m_boxText.contains(u"last change"_s),
             qPrintable(m_boxText));
    QVERIFY(m_app->waitFor([&] {
        const SessionDocument *document = m_app->window().document();
        return document->isModified() && document->conversationCount() == 1
            && std::any_of(document->conversation(0).events.cbegin(),
                           document->conversation(0).events.cend(),
                           [](const Event &e) { return e.text() == u"I am great"_s; });
    }));
}

void TestX11WindowFlows::refusedPortShowsTheReasonAndCancels()
{
    // A recorded session shows its server's version while offline.
    FileDialog::setNextFileName(QStringLiteral(COACH_SOURCE_DIR)
                                + u"/resources/examples/moodbot.coach"_s);
    QVERIFY(m_app->pressInWindow(u"ctrl+o"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->window().statusText().contains(u"Rasa "_s); }));
    // Bound but not listening: every connection to it is refused.
    QTcpSocket refusing;
    QVERIFY(refusing.bind(QHostAddress::LocalHost, 0));
    const QString url = u"http://127.0.0.1:%1"_s.arg(refusing.localPort());

    QVERIFY(m_app->pressInWindow(u"ctrl+k"_s));
    QVERIFY(m_app->waitForDialog());
    QVERIFY(m_app->keys().press(u"ctrl+a"_s));
    QVERIFY(m_app->keys().type(url));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitForPage(Page::Busy));
    PromptArea *prompt = m_app->window().promptArea();
    const auto busyText = [&] {
        const QList<QLabel *> labels = prompt->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->isVisible() && label->text().contains(u"Connecting to"_s))
                return label->text();
        }
        return QString();
    };
    QVERIFY2(m_app->waitFor([&] { return busyText().contains(u"nothing is listening"_s); }),
             qPrintable(busyText()));
    QVERIFY(busyText().contains(url));
    QVERIFY2(!m_app->window().statusText().contains(u"Rasa "_s),
             qPrintable(m_app->window().statusText()));

    QVERIFY(m_app->keys().press(u"Escape"_s));
    QVERIFY(m_app->waitForPage(Page::Idle));
    QCOMPARE(m_app->window().session()->state(), InteractiveSession::State::Offline);
}

void TestX11WindowFlows::cancelAfterAFailureReturnsToTheQuestion()
{
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    m_app->server().addFault(FakeRasa::Fault::httpError(u"POST"_s, u"/messages"_s, 500,
                                                        u"ConversationError"_s, u"store down"_s));
    QVERIFY2(m_app->say(u"hello"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Failed));
    QVERIFY(m_app->keys().press(u"Escape"_s));
    QVERIFY(m_app->waitForPage(Page::Message));
    QCOMPARE(m_app->window().session()->state(), InteractiveSession::State::AwaitingUserMessage);
    m_app->server().clearFaults();
    QVERIFY(oneTurn(u"hello"_s));
    QCOMPARE(m_app->serverEventTypes().count(u"user"_s), 1);
}

void TestX11WindowFlows::restartAsksFirst()
{
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    QVERIFY(oneTurn(u"hello"_s));
    answerNextBox(QMessageBox::Cancel);
    QVERIFY(m_app->pressInWindow(u"ctrl+r"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->handledDialogs() == 1; }));
    QVERIFY(m_app->waitFor([] { return !QApplication::activeModalWidget(); }));
    QVERIFY(!m_app->serverEventTypes().contains(u"restart"_s));

    answerNextBox(QMessageBox::Yes);
    QVERIFY(m_app->pressInWindow(u"ctrl+r"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->serverEventTypes().contains(u"restart"_s); }));
    QVERIFY(m_app->waitForPage(Page::Message));
}

void TestX11WindowFlows::quickRepliesComeBackAfterUndoAndFork()
{
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
    PromptArea *prompt = m_app->window().promptArea();
    QVERIFY(oneTurn(u"hello"_s));
    QCOMPARE(prompt->quickReplyButtons().size(), 2); // utter_greet asks with two buttons
    QVERIFY(m_app->pressInWindow(u"ctrl+z"_s)); // takes back the bot's last action
    QVERIFY(m_app->waitForPage(Page::Action));
    QVERIFY(m_app->confirmUntilListening());
    QVERIFY(m_app->waitFor([&] { return prompt->quickReplyButtons().size() == 2; }));

    QVERIFY(oneTurn(u"I am great"_s));
    QVERIFY(m_app->pressInWindow(u"ctrl+f"_s)); // the newest message is chosen
    QVERIFY(m_app->waitForDialog());
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitFor([&] { return m_app->serverEventTypes().contains(u"restart"_s); }));
    QVERIFY(m_app->waitForPage(Page::Message));
    QVERIFY(m_app->waitFor([&] { return prompt->quickReplyButtons().size() == 2; }));
}

QTEST_MAIN(TestX11WindowFlows)
#include "tst_x11windowflows.moc"

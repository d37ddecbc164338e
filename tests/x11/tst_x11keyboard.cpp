// The annotator's keys on a real X server (XTEST key events, not
// QTest::keyClick): a whole turn, Ctrl+Z from the message box and from the
// action filter, Ctrl+E from the intent filter, Enter and Escape in the
// entity picker, and intent and entities corrected in either order. Each
// check reads the fake server's tracker, where the turn ends up.
#include "actionpanel.h"
#include "annotationpanel.h"
#include "choicelist.h"
#include "coachonx11.h"
#include "entitypicker.h"
#include "entityspanedit.h"
#include "mainwindow.h"
#include "messageinput.h"

#include "fakerasa/fakerasaserver.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;
using Page = CoachOnX11::Page;

class TestX11Keyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wholeTurnByKeyboard();
    void undoFromTheMessageBox();
    void undoFromTheActionFilter();
    void ctrlEFromTheIntentFilter();
    void entityPickerTakesEnterAndEscape();
    void intentThenEntities();
    void entitiesThenIntent();

private:
    AnnotationPanel *nlu() const { return m_app->window().promptArea()->annotationPanel(); }
    //! Ctrl+E, then the cursor to `start` and Shift+Right over `length` characters, then E.
    bool selectAndMark(int start, int length);
    bool markSad();
    int visibleRow(const QString &intent) const;
    Event lastServerUser() const;

    std::unique_ptr<CoachOnX11> m_app;
};

void TestX11Keyboard::init()
{
    m_app = std::make_unique<CoachOnX11>();
    QVERIFY2(m_app->start(), qPrintable(m_app->error()));
    QVERIFY2(m_app->connectByKeyboard(), qPrintable(m_app->error()));
}

void TestX11Keyboard::cleanup()
{
    m_app.reset();
}

bool TestX11Keyboard::selectAndMark(int start, int length)
{
    X11Keyboard &keys = m_app->keys();
    if (!keys.press(u"ctrl+e"_s) || !m_app->waitForFocus(nlu()->messageView())
        || !keys.press(u"ctrl+Home"_s))
        return false;
    for (int i = 0; i < start; ++i)
        keys.press(u"Right"_s);
    for (int i = 0; i < length; ++i)
        keys.press(u"shift+Right"_s);
    return m_app->waitFor([&] { return nlu()->messageView()->selectedSpan().has_value(); })
        && keys.press(u"e"_s) && m_app->waitFor([&] { return nlu()->entityPicker()->isVisible(); })
        && m_app->waitForFocus(nlu()->entityPicker()->typeBox());
}

bool TestX11Keyboard::markSad()
{
    // "I feel sad today": "sad" is [7, 10).
    if (!selectAndMark(7, 3))
        return false;
    X11Keyboard &keys = m_app->keys();
    return keys.press(u"ctrl+a"_s) && keys.type(u"mood"_s) && keys.press(u"Return"_s)
        && m_app->waitFor([&] { return nlu()->currentEntities().size() == 1; });
}

int TestX11Keyboard::visibleRow(const QString &intent) const
{
    ChoiceList *list = nlu()->intentList();
    for (int row = 0; row < list->visibleCount(); ++row) {
        if (list->visibleName(row) == intent)
            return row;
    }
    return -1;
}

Event TestX11Keyboard::lastServerUser() const
{
    const EventList applied = m_app->serverTracker().appliedEvents();
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        if (it->type() == EventType::User)
            return *it;
    }
    return {};
}

void TestX11Keyboard::wholeTurnByKeyboard()
{
    QVERIFY2(m_app->say(u"hello"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(m_app->waitForFocus(nlu()->intentList()));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->confirmUntilListening());
    QCOMPARE(lastServerUser().text(), u"hello"_s);
    QCOMPARE(lastServerUser().parseData().intentName(), u"greet"_s);
    const EventList applied = m_app->serverTracker().appliedEvents();
    QVERIFY(applied.last().isActionListen());
    QVERIFY(std::any_of(applied.cbegin(), applied.cend(),
                        [](const Event &e) { return e.isAction(u"utter_greet"_s); }));
}

void TestX11Keyboard::undoFromTheMessageBox()
{
    QVERIFY2(m_app->say(u"hello"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->confirmUntilListening());
    MessageInput *input = m_app->window().promptArea()->messageInput();
    QVERIFY(m_app->waitForFocus(input));
    QVERIFY(m_app->keys().type(u"a draft"_s));
    const qsizetype before = m_app->serverTracker().events().size();

    QVERIFY(m_app->keys().press(u"ctrl+z"_s));
    // After a bot turn, Undo takes back the bot's last action and asks again.
    QVERIFY2(m_app->waitFor([&] { return m_app->serverEventTypes(before).contains(u"undo"_s); }),
             qPrintable(m_app->serverEventTypes(before).join(u", "_s)));
    QVERIFY(m_app->waitForPage(Page::Action));
    QCOMPARE(input->text(), u"a draft"_s); // typed text is never lost
}

void TestX11Keyboard::undoFromTheActionFilter()
{
    QVERIFY2(m_app->say(u"hello"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitForPage(Page::Action));
    ChoiceList *actions = m_app->window().promptArea()->actionPanel()->choiceList();
    QVERIFY(m_app->waitForFocus(actions->filterEdit()));
    QVERIFY(m_app->keys().type(u"utter"_s));
    QVERIFY(m_app->waitFor([&] { return actions->filterText() == u"utter"_s; }));
    const qsizetype before = m_app->serverTracker().events().size();

    QVERIFY(m_app->keys().press(u"ctrl+z"_s));
    // The user message is taken back (rewind + action_listen); nothing runs.
    QVERIFY2(m_app->waitFor([&] { return m_app->serverEventTypes(before).contains(u"rewind"_s); }),
             qPrintable(m_app->serverEventTypes(before).join(u", "_s)));
    QVERIFY(m_app->waitForPage(Page::Message));
    QVERIFY(lastServerUser().text() != u"hello"_s);
    const EventList after = m_app->serverTracker().events().mid(before);
    QVERIFY(std::none_of(after.cbegin(), after.cend(),
                         [](const Event &e) { return e.isAction(u"utter_greet"_s); }));
}

void TestX11Keyboard::ctrlEFromTheIntentFilter()
{
    QVERIFY2(m_app->say(u"I feel sad today"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(m_app->waitForFocus(nlu()->intentList()->filterEdit()));
    QVERIFY(m_app->keys().type(u"mo"_s));
    QVERIFY(m_app->waitFor([&] { return nlu()->intentList()->filterText() == u"mo"_s; }));
    QVERIFY(m_app->keys().press(u"ctrl+e"_s));
    QVERIFY(m_app->waitForFocus(nlu()->messageView()));
    QCOMPARE(nlu()->intentList()->filterText(), u"mo"_s);
}

void TestX11Keyboard::entityPickerTakesEnterAndEscape()
{
    const int width = m_app->window().width();
    QVERIFY2(m_app->say(u"I feel sad today"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    const QString predicted = nlu()->question().intent;
    QVERIFY(selectAndMark(7, 3));
    QCOMPARE(m_app->window().width(), width); // the form never widens the window

    QVERIFY(m_app->keys().press(u"Escape"_s));
    QVERIFY(m_app->waitFor([&] { return !nlu()->entityPicker()->isVisible(); }));
    QVERIFY(nlu()->currentEntities().isEmpty());
    QCOMPARE(m_app->window().promptArea()->page(), Page::Annotation);

    QVERIFY(markSad());
    QVERIFY(!nlu()->entityPicker()->isVisible());
    QVERIFY(m_app->waitForFocus(nlu()->intentList()));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitForPage(Page::Action));
    const Event user = lastServerUser();
    QCOMPARE(user.text(), u"I feel sad today"_s);
    QCOMPARE(user.parseData().intentName(), predicted);
    QCOMPARE(user.parseData().entities().size(), 1);
    QCOMPARE(user.parseData().entities().at(0).type(), u"mood"_s);
    QCOMPARE(user.parseData().entities().at(0).valueText(), u"sad"_s);
    QCOMPARE(m_app->window().width(), width);
}

void TestX11Keyboard::intentThenEntities()
{
    QVERIFY2(m_app->say(u"I feel sad today"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    const QString other =
        nlu()->question().intent == u"mood_great"_s ? u"goodbye"_s : u"mood_great"_s;
    const int row = visibleRow(other);
    QVERIFY(row >= 0 && row < 9);
    const qsizetype before = m_app->serverTracker().events().size();

    // A digit chooses the intent and commits nothing.
    QVERIFY(m_app->keys().press(QString::number(row + 1)));
    QVERIFY(m_app->waitFor([&] { return nlu()->intentList()->currentName() == other; }));
    QCOMPARE(m_app->window().promptArea()->page(), Page::Annotation);
    QCOMPARE(m_app->serverTracker().events().size(), before);

    QVERIFY(markSad());
    QCOMPARE(nlu()->intentList()->currentName(), other);
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitForPage(Page::Action));
    const Event user = lastServerUser();
    QCOMPARE(user.parseData().intentName(), other);
    QCOMPARE(user.parseData().entities().size(), 1);
    QCOMPARE(user.parseData().entities().at(0).valueText(), u"sad"_s);
}

void TestX11Keyboard::entitiesThenIntent()
{
    QVERIFY2(m_app->say(u"I feel sad today"_s), qPrintable(m_app->error()));
    QVERIFY(m_app->waitForPage(Page::Annotation));
    QVERIFY(markSad());
    const QString other =
        nlu()->question().intent == u"mood_great"_s ? u"goodbye"_s : u"mood_great"_s;
    QVERIFY(m_app->waitForFocus(nlu()->intentList()->filterEdit()));
    QVERIFY(m_app->keys().type(other.left(6)));
    QVERIFY(m_app->waitFor([&] { return nlu()->intentList()->currentName() == other; }));
    QVERIFY(m_app->keys().press(u"Return"_s));
    QVERIFY(m_app->waitForPage(Page::Action));
    const Event user = lastServerUser();
    QCOMPARE(user.parseData().intentName(), other);
    QCOMPARE(user.parseData().entities().size(), 1);
    QCOMPARE(user.parseData().entities().at(0).type(), u"mood"_s);
}

QTEST_MAIN(TestX11Keyboard)
#include "tst_x11keyboard.moc"

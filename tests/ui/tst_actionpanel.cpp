#include "actionpanel.h"
#include "choicelist.h"
#include "newactiondialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {
ActionQuestion question()
{
    ActionQuestion q;
    q.action = u"utter_greet"_s;
    q.policy = u"TEDPolicy"_s;
    q.confidence = 0.93;
    q.predictions = {{u"utter_greet"_s, 0.93, false},
                     {u"utter_happy"_s, 0.04, false},
                     {u"action_listen"_s, 0.02, false}};
    q.sessionCreatedActions = {u"utter_new_one"_s};
    return q;
}
} // namespace

class TestActionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterConfirmsPrediction();
    void sessionActionsComeFirst();
    void digitPicksAlternative();
    void newResponseByKeyboard();
    void newActionWarnsOnClash();
    void unlikelyIntentWording();
};

void TestActionPanel::enterConfirmsPrediction()
{
    ActionPanel panel;
    panel.ask(question());
    QSignalSpy confirmed(&panel, &ActionPanel::confirmed);
    QTest::keyClick(panel.choiceList()->filterEdit(), Qt::Key_Return);
    QCOMPARE(confirmed.size(), 1);
}

void TestActionPanel::sessionActionsComeFirst()
{
    ActionPanel panel;
    panel.ask(question());
    QCOMPARE(panel.choiceList()->visibleName(0), u"utter_new_one"_s);
    QCOMPARE(panel.choiceList()->visibleName(1), u"utter_greet"_s);
    QCOMPARE(panel.choiceList()->currentName(), u"utter_greet"_s);
}

void TestActionPanel::digitPicksAlternative()
{
    ActionPanel panel;
    panel.ask(question());
    QSignalSpy chosen(&panel, &ActionPanel::chosen);
    QTest::keyClick(panel.choiceList()->filterEdit(), Qt::Key_3);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"utter_happy"_s);
}

void TestActionPanel::newResponseByKeyboard()
{
    ActionPanel panel;
    panel.ask(question());
    panel.show();
    QSignalSpy created(&panel, &ActionPanel::responseCreated);
    QTest::keyClicks(panel.choiceList()->filterEdit(), u"utter_ask_name"_s);
    QTest::keyClick(panel.choiceList()->filterEdit(), Qt::Key_Return);
    NewActionDialog *dialog = panel.openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->name(), u"utter_ask_name"_s);
    QTest::keyClicks(dialog->textEdit(), u"What is your name?"_s);
    QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(0).toString(), u"utter_ask_name"_s);
    QCOMPARE(created.at(0).at(1).toString(), u"What is your name?"_s);
    QTRY_VERIFY(!panel.openDialog());
}

void TestActionPanel::newActionWarnsOnClash()
{
    NewActionDialog dialog(NewActionDialog::Kind::Action, {u"action_check"_s});
    dialog.nameEdit()->setText(u"action_check"_s);
    QVERIFY(dialog.warningText().contains(u"already exists"_s));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.nameEdit()->setText(u"action_other"_s);
    QVERIFY(dialog.warningText().isEmpty());
    NewActionDialog response(NewActionDialog::Kind::Response, {u"utter_greet"_s});
    QCOMPARE(response.name(), u"utter_"_s);
    response.nameEdit()->setText(u"utter_greet"_s);
    QVERIFY(response.warningText().contains(u"Please enter a response"_s));
    response.textEdit()->setPlainText(u"Hi!"_s);
    QVERIFY(response.warningText().contains(u"already exists"_s));
}

void TestActionPanel::unlikelyIntentWording()
{
    ActionPanel panel;
    ActionQuestion q = question();
    q.action = u"action_unlikely_intent"_s;
    q.isUnlikelyIntent = true;
    panel.ask(q);
    QSignalSpy chosen(&panel, &ActionPanel::chosen);
    QTest::keyClick(panel.choiceList()->filterEdit(), Qt::Key_3); // utter_happy
    QCOMPARE(chosen.size(), 1);
}

QTEST_MAIN(TestActionPanel)
#include "tst_actionpanel.moc"

#include "newactiondialog.h"

#include "export/domainexporter.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestNewActionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseNeedsNameAndText();
    void takenActionNameIsRefused();
    void takenResponseNameStatesTheExportRule();
    void enterFinishesShiftEnterBreaksTheLine();
    void spacesCannotBeTyped();
};

namespace {

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

void TestNewActionDialog::responseNeedsNameAndText()
{
    NewActionDialog dialog(NewActionDialog::Kind::Response, {});
    QCOMPARE(dialog.nameEdit()->text(), u"utter_"_s); // the annotator types the rest
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), u"ask_city"_s);
    QVERIFY(dialog.isResponse());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.warningText().contains(u"response"_s));
    dialog.textEdit()->setPlainText(u"  Which city?  "_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.warningText().isEmpty());
    QCOMPARE(dialog.name(), u"utter_ask_city"_s);
    QCOMPARE(dialog.responseText(), u"Which city?"_s);
}

void TestNewActionDialog::takenActionNameIsRefused()
{
    NewActionDialog dialog(NewActionDialog::Kind::Action, {u"action_check"_s});
    QVERIFY(!dialog.isResponse());
    QVERIFY(dialog.textEdit()->isHidden()); // plain actions have no text
    dialog.setName(u"action_check"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.warningText().contains(u"action_check"_s));
    dialog.accept(); // Enter in the name field must not slip past the check
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.setName(u"action_check_weather"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.responseText(), QString());
}

void TestNewActionDialog::takenResponseNameStatesTheExportRule()
{
    NewActionDialog dialog(NewActionDialog::Kind::Response, {u"utter_greet"_s});
    dialog.setName(u"utter_greet"_s);
    dialog.textEdit()->setPlainText(u"Hi again!"_s);
    QVERIFY(okButton(dialog)->isEnabled()); // a warning, not a refusal
    // The rule in the same words as the export preview and the CLI: the
    // domain keeps its text unless the annotator chooses to replace it.
    QVERIFY2(dialog.warningText().contains(responseClashRule()), qPrintable(dialog.warningText()));
    QVERIFY(!dialog.warningText().contains(u"replaces it in the exported domain"_s));
}

void TestNewActionDialog::enterFinishesShiftEnterBreaksTheLine()
{
    NewActionDialog dialog(NewActionDialog::Kind::Response, {});
    dialog.setName(u"utter_bye"_s);
    dialog.textEdit()->setFocus();
    QTest::keyClicks(dialog.textEdit(), u"Bye"_s);
    QTest::keyClick(dialog.textEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(dialog.textEdit(), u"for now"_s);
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QTest::keyClick(dialog.textEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.responseText(), u"Bye\nfor now"_s);
}

void TestNewActionDialog::spacesCannotBeTyped()
{
    NewActionDialog dialog(NewActionDialog::Kind::Action, {});
    QTest::keyClicks(dialog.nameEdit(), u"action lookup"_s);
    QCOMPARE(dialog.name(), u"actionlookup"_s);
}

QTEST_MAIN(TestNewActionDialog)
#include "tst_newactiondialog.moc"

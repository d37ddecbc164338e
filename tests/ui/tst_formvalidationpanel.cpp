#include "formvalidationpanel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestFormValidationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAnswer();
};

void TestFormValidationPanel::keysAnswer()
{
    FormValidationPanel panel;
    FormValidationQuestion question;
    question.action = u"restaurant_form"_s;
    question.requestedSlot = u"cuisine"_s;
    question.contradictsTraining = true;
    panel.ask(question);
    QVERIFY(panel.text().contains(u"restaurant_form"_s));
    QVERIFY(panel.text().contains(u"cuisine"_s));
    QVERIFY(panel.text().contains(u"FormPolicy"_s));
    QSignalSpy answered(&panel, &FormValidationPanel::answered);
    QTest::keyClick(&panel, Qt::Key_N);
    QTest::keyClick(&panel, Qt::Key_Y);
    QTest::keyClick(&panel, Qt::Key_Return);
    QCOMPARE(answered.size(), 3);
    QCOMPARE(answered.at(0).at(0).toBool(), false);
    QCOMPARE(answered.at(1).at(0).toBool(), true);
    QCOMPARE(answered.at(2).at(0).toBool(), true);
}

QTEST_MAIN(TestFormValidationPanel)
#include "tst_formvalidationpanel.moc"

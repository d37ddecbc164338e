#include "eventdetailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestEventDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndCopiesJson();
};

void TestEventDetailsPane::showsAndCopiesJson()
{
    EventDetailsPane pane;
    pane.setEvent(QJsonObject{{u"event"_s, u"action"_s}, {u"name"_s, u"utter_greet"_s}});
    QVERIFY(pane.text().contains(u"\"name\": \"utter_greet\""_s));
    pane.copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), pane.text());
    pane.setEvent({});
    QVERIFY(pane.text().isEmpty());
}

QTEST_MAIN(TestEventDetailsPane)
#include "tst_eventdetailspane.moc"

#include "messagebox.h"

#include <QPointer>

namespace Coach {

namespace {

struct State
{
    std::optional<MessageBox::Button> nextAnswer;
    std::optional<MessageBox::Button> defaultAnswer;
    QString lastText;
    int shownCount = 0;
};

State &state()
{
    static State instance;
    return instance;
}

} // namespace

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title,
                                        const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title,
                                       const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title,
                                        const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    state().nextAnswer = answer;
}

void MessageBox::setDefaultAnswer(std::optional<Button> answer)
{
    state().defaultAnswer = answer;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

int MessageBox::shownCount()
{
    return state().shownCount;
}

void MessageBox::resetCounters()
{
    state().shownCount = 0;
    state().lastText.clear();
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                    const QString &title, const QString &text,
                                    Buttons buttons, Button defaultButton)
{
    State &s = state();
    s.lastText = text;
    ++s.shownCount;
    if (s.nextAnswer) {
        const Button answer = *s.nextAnswer;
        s.nextAnswer.reset();
        return answer;
    }
    if (s.defaultAnswer)
        return *s.defaultAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return static_cast<Button>(box.exec());
}

} // namespace Coach

#pragma once

#include <iterator>

namespace Coach {

//! A container seen back to front, for range-for: `for (const Event &event :
//! reversed(events))`. std::views::reverse would do, but clang 14 (which
//! clang-tidy uses here) cannot compile GCC 12's <ranges>.
template <typename Container> class Reversed
{
public:
    explicit Reversed(Container &container) : m_container(container) { }
    auto begin() const { return std::rbegin(m_container); }
    auto end() const { return std::rend(m_container); }

private:
    Container &m_container;
};

template <typename Container> Reversed<Container> reversed(Container &container)
{
    return Reversed<Container>(container);
}

//! A temporary would be gone before the loop runs.
template <typename Container> void reversed(const Container &&) = delete;

} // namespace Coach

// Questions shown on /faq and under the booking form.
import type { Faq, FaqCategory } from "@/types/faq";
import { t } from "@/lib/i18n";

export const faqCategories: FaqCategory[] = [
  { id: "booking", label: "Booking" },
  { id: "services", label: "Services and prices" },
  { id: "visit", label: "Your visit" },
];

export const faqs: Faq[] = [
  {
    id: "book-online",
    category: "booking",
    question: "How do I book an appointment?",
    answer:
      'Book online at <a href="https://saltandshear.example/book">saltandshear.example/book</a>, call us on 0161 496 0732, or pop into the salon.',
  },
  {
    id: "cancel",
    category: "booking",
    question: "What is your cancellation policy?",
    answer: "Please give us 24 hours' notice. Late cancellations and no-shows are charged 50% of the service price.",
  },
  {
    id: "deposit",
    category: "booking",
    question: "Do I need to pay a deposit?",
    answer: "Colour appointments over two hours need a £20 deposit, taken when you book and taken off your bill.",
  },
  {
    id: "walk-ins",
    category: "booking",
    question: "Do you take walk-ins?",
    answer: "Yes, when a stylist is free \u2014 weekday mornings are best. Saturdays are usually fully booked.",
  },
  {
    id: "patch-test",
    category: "services",
    question: "Do I need a patch test before colouring?",
    answer: "Yes. New colour clients need a skin patch test at least 48 hours before their appointment. It takes five minutes and is free.",
  },
  {
    id: "prices",
    category: "services",
    question: "How much does a haircut cost?",
    answer: `Women's cut and finish from £45, men's cut from £28, children under 12 from £18.
Prices depend on the stylist's level.`,
  },
  {
    id: "kids",
    category: "services",
    question: "Do you cut children's hair?",
    answer: "Yes, for children of all ages. Under-12s get a lollipop and a sticker.",
  },
  {
    id: "curly",
    category: "services",
    question: "Do you have stylists trained in curly hair?",
    answer: "Yes, two of our stylists are trained in cutting curly and coily hair. Mention it when you book.",
  },
  {
    id: "extensions",
    category: "services",
    question: "Do you do hair extensions?",
    answer: "We fit tape-in and micro-ring extensions. A free consultation comes first, to match colour and length.",
  },
  {
    id: "bridal",
    category: "services",
    question: "Do you do wedding hair?",
    answer: "Yes, we offer a bridal trial and wedding-day styling in the salon or at your venue within 20 miles.",
  },
  {
    id: "gift",
    category: "services",
    question: "Do you sell gift vouchers?",
    answer: "Yes, for any amount from £10, in the salon or online. Vouchers are valid for 12 months.",
  },
  {
    id: "parking",
    category: "visit",
    question: "Is there parking nearby?",
    answer: "There is a pay-and-display car park on Brook Street, two minutes' walk away. The first hour is free on Sundays.",
  },
  {
    id: "access",
    category: "visit",
    question: "Is the salon wheelchair accessible?",
    answer: "Yes, there is step-free access and an accessible washbasin on the ground floor.",
  },
  {
    id: "hours",
    category: "visit",
    question: "What are your opening hours?",
    answer: t("faq.hours"),
  },
  {
    id: "payment",
    category: "visit",
    question: "Which payment methods do you accept?",
    answer: "Cash, all major cards, Apple Pay and Google Pay. We don't accept cheques.",
  },
  {
    id: "products",
    category: "visit",
    question: "Can I buy the products you use?",
    answer: "Yes, we stock the full Davines and Olaplex ranges at reception.",
  },
  {
    id: "late",
    category: "visit",
    question: "What happens if I'm running late?",
    answer: "Call us. If you are more than 15 minutes late we may need to shorten your service or rebook you.",
  },
];

export function faqsIn(category: string): Faq[] {
  return faqs.filter((faq) => faq.category === category);
}

import type { Config } from "tailwindcss";

// Loaded by app/globals.css through `@config`. Colours chosen for WCAG AA contrast on white.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6f3", 100: "#d5eae2", 600: "#0f6b50", 700: "#0b5540", 800: "#08402f", 900: "#052b20" },
        accent: { 500: "#b45309", 600: "#92400e" },
      },
      fontFamily: { sans: ["system-ui", "Segoe UI", "Roboto", "Liberation Sans", "Arial", "sans-serif"] },
    },
  },
};

export default config;

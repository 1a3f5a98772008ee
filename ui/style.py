"""The page's look: CSS, the logo (inline SVG, also the favicon – nothing is fetched from a
font or icon host) and the header."""
from __future__ import annotations

import streamlit as st

ACCENT = "#1f5f99"

LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="30" height="30">'
    f'<rect x="2" y="2" width="20" height="20" rx="5" fill="{ACCENT}"/>'
    '<path d="M7 6.5h4.2c.9 0 1.3.4 1.3 1.2v9.8c-.3-.5-.8-.8-1.5-.8H7z M17 6.5h-2.6c-.9 0-1.3.4-1.3 1.2v9.8'
    'c.3-.5.8-.8 1.5-.8H17z" fill="#fff"/></svg>'
)

CSS = f"""
<style>
.block-container {{ padding-top: 2.2rem; padding-bottom: 6rem; max-width: 1250px; }}
.kb-header h1 {{ font-size: 1.85rem; margin: 0 0 0.1rem 0; padding: 0; color: #1d2b3a; display: flex;
  align-items: center; gap: 0.6rem; }}
.kb-header svg {{ flex: none; margin-right: 0.15rem; }}
.kb-header p {{ color: #5b6470; margin: 0 0 0.6rem 0; font-size: 0.98rem; }}
.kb-passage {{ font-size: 0.9rem; line-height: 1.5; color: #333; background: #fafbfc;
  border-left: 3px solid #d0d7de; padding: 0.55rem 0.8rem; border-radius: 4px; }}
.kb-passage mark {{ background: #fff0a8; padding: 0.05rem 0.1rem; border-radius: 2px; }}
.kb-meta {{ color: #5b6470; font-size: 0.85rem; }}
.kb-route {{ display: inline-block; font-size: 0.75rem; color: {ACCENT}; background: #e8f0f8;
  border-radius: 10px; padding: 0.05rem 0.55rem; margin-bottom: 0.3rem; }}
.kb-route.no {{ color: #7a5b00; background: #fbf1d3; }}
.st-key-suggestions button {{ justify-content: flex-start; text-align: left; min-height: 2.6rem; height: 100%; }}
.st-key-suggestions button > div {{ justify-content: flex-start; width: 100%; }}
.st-key-suggestions button p {{ white-space: normal; text-align: left; }}
.st-key-suggestions [data-testid="stColumn"] > div {{ height: 100%; }}
.kb-stats {{ font-size: 0.92rem; color: #333; }}
section[data-testid="stSidebar"] .kb-doc {{ font-size: 0.86rem; line-height: 1.35; margin-bottom: 0.45rem; }}
section[data-testid="stSidebar"] .kb-doc span {{ color: #6b7280; font-size: 0.78rem; }}
table.kb-figures {{ width: 100%; border-collapse: collapse; font-size: 0.88rem; margin: 0 0 0.4rem 0; }}
table.kb-figures th, table.kb-figures td {{ border: none; border-bottom: 1px solid #e3e7ec; padding: 0.28rem 0.45rem;
  text-align: left; vertical-align: top; overflow-wrap: break-word; }}
table.kb-figures th {{ color: #5b6470; font-weight: 600; background: #f4f6f9; }}
table.kb-figures .num {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}
table.kb-figures tr.kb-total td {{ color: #8a3a30; font-style: italic; }}
.kb-glossary {{ max-height: 320px; overflow-y: auto; border: 1px solid #e3e7ec; border-radius: 6px; }}
.kb-glossary table {{ width: 100%; border-collapse: collapse; font-size: 0.86rem; margin: 0; }}
.kb-glossary th {{ position: sticky; top: 0; background: #f4f6f9; color: #5b6470; font-weight: 600; text-align: left; }}
.kb-glossary th, .kb-glossary td {{ border: none; border-bottom: 1px solid #eef1f4; padding: 0.3rem 0.55rem; vertical-align: top; }}
/* The file uploader's own words are English: say them in Swedish. */
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {{ content: "Välj filer"; font-size: 0.875rem; }}
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{ content: "eller dra hit dem · högst 100 MB per fil"; font-size: 0.78rem; }}
</style>
"""


def page_config() -> None:
    st.set_page_config(page_title="Kunskapsbanken", page_icon=LOGO_SVG, layout="wide", initial_sidebar_state="expanded")


def header() -> None:
    st.markdown(CSS, unsafe_allow_html=True)
    st.markdown(
        f'<div class="kb-header"><h1>{LOGO_SVG}Kunskapsbanken</h1>'
        "<p>Svar med källa ur rapporter, mötesanteckningar och statistik – för regionala utvecklingsenheter och Arbetsförmedlingen.</p></div>",
        unsafe_allow_html=True,
    )

/**
 * The only script a portal page runs (inline in `<head>`, so a chosen contrast or text size applies
 * before the first paint). Progressive enhancement: without it every page reads fully, the
 * controls stay hidden, and `prefers-contrast: more` still switches contrast through CSS.
 *
 * - stores `{ c: 'more' | 'normal', t: 0..3 }` in localStorage under STORAGE_KEY;
 * - sets `data-contrast` ("more" or "normal": the stored choice, else the system preference) and
 *   `data-text` (0–3) on `<html>`, which the stylesheets read;
 * - marks `<html data-script>` at once, so the controls that need it (`[data-js]`, hidden by CSS
 *   without it) are laid out from the first paint: nothing moves when the page finishes loading;
 * - handles clicks on `[data-action]`: `text-down`, `text-reset`, `text-up`, `contrast`, `print`.
 *
 * Kept under 1 KB; `display-preferences.test.ts` checks size and behaviour.
 */
export const STORAGE_KEY = 'cong-hien-thi'

export const MAX_TEXT_STEP = 3

export const DISPLAY_PREFERENCES_SCRIPT = `(()=>{
const d=document,r=d.documentElement,k='${STORAGE_KEY}',m=matchMedia('(prefers-contrast: more)');let p={};
try{p=JSON.parse(localStorage.getItem(k))||{}}catch(e){}
const set=()=>{const c=p.c||(m.matches?'more':'normal');r.dataset.contrast=c;r.dataset.text=p.t||0;
for(const b of d.querySelectorAll('[data-action=contrast]'))b.setAttribute('aria-pressed',c=='more')};
const save=()=>{try{localStorage.setItem(k,JSON.stringify(p))}catch(e){}set()};
r.dataset.script='';set();m.addEventListener?.('change',set);
d.addEventListener('DOMContentLoaded',set);
d.addEventListener('click',e=>{const b=e.target.closest?.('[data-action]');if(!b)return;const a=b.dataset.action,t=+p.t||0;
if(a=='print')print();
else if(a=='contrast'){p.c=r.dataset.contrast=='more'?'normal':'more';save()}
else{p.t=a=='text-up'?Math.min(t+1,${MAX_TEXT_STEP}):a=='text-down'?Math.max(t-1,0):0;save()}})})()`

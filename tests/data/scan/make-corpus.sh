#!/usr/bin/env bash
# Builds the camera-like scan corpus: QR codes of realistic confirmation codes,
# damaged the ways phones and paper are (rotation, perspective, blur, motion
# blur, noise, JPEG artefacts, low contrast, uneven light, small codes in large
# frames, inverted dark-mode screens). Needs qrencode and ImageMagick. Output:
# corpus/NN-kind.{png,jpg} with the expected text in corpus/NN-kind.txt.
# Deterministic (fixed seeds); re-run only to change the corpus.
set -euo pipefail
cd "$(dirname "$0")"
out=corpus
rm -rf "$out"; mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

texts=(
  "CUF-2026-0417"
  "RAICT-7K4M-PQ2X"
  "k3s9x2mzq8v7w4hnb5c6d7e8f9g0h1j2"
  "2233445566001"
  "https://raict.example.org/t/8f3a9c"
  "AC1.AEBQKRUGU4ZTOOBXHEZTGNJVGI2DMNZYHE4DSMBRGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDG"
  "0042000003"
  "CUF-2026-0500"
)
n=0
text_for() { echo "${texts[$(( $1 % ${#texts[@]} ))]}"; }
# code N SCALE ECC → $tmp/code.png
code() { qrencode -o "$tmp/code.png" -s "$2" -m 4 -l "${3:-M}" "$(text_for "$1")"; }
emit() { # emit KIND EXT: $tmp/out.png → corpus, with the text of code $n
  local name; name=$(printf '%02d-%s' "$n" "$1")
  if [ "${2:-png}" = jpg ]; then convert "$tmp/out.png" -quality "${3:-85}" "$out/$name.jpg"; else cp "$tmp/out.png" "$out/$name.png"; fi
  printf '%s' "$(text_for "$n")" > "$out/$name.txt"
  n=$((n + 1))
}
# A scene: the code on a grey desk-like background of WxH.
scene() { convert -size "$1" -seed "$n" plasma:grey60-grey30 -blur 0x8 "$tmp/bg.png"; }
place() { # place GEOMETRY: composite $tmp/code2.png onto the scene
  convert "$tmp/bg.png" "$tmp/code2.png" -gravity center -geometry "$1" -composite "$tmp/out.png"; }

for angle in 12 27 45 63 90 135 170 -33; do
  code $n 6; scene 800x600
  convert "$tmp/code.png" -background white -rotate "$angle" "$tmp/code2.png"; place +0+0; emit "rotated-$angle" jpg
done
for p in "0,0 40,30  %w,0 %[fx:w-10],0  0,%h 0,%h  %w,%h %[fx:w-60],%[fx:h-40]" \
         "0,0 0,0  %w,0 %[fx:w*0.8],%[fx:h*0.1]  0,%h 0,%h  %w,%h %[fx:w*0.8],%[fx:h*0.9]" \
         "0,0 %[fx:w*0.15],0  %w,0 %[fx:w*0.85],0  0,%h 0,%h  %w,%h %w,%h" \
         "0,0 %[fx:w*0.1],%[fx:h*0.2]  %w,0 %w,0  0,%h %[fx:w*0.05],%[fx:h*0.8]  %w,%h %w,%h"; do
  code $n 7; scene 900x700
  convert "$tmp/code.png" -virtual-pixel white -matte -distort Perspective "$(convert "$tmp/code.png" -format "$p" info:)" -background white -flatten "$tmp/code2.png"
  place +0+0; emit perspective jpg
done
for sigma in 1.2 1.8 2.4 3.0 3.6; do
  code $n 8 Q; scene 800x600
  cp "$tmp/code.png" "$tmp/code2.png"; place +0+0; convert "$tmp/out.png" -gaussian-blur "0x$sigma" "$tmp/out.png"; emit "blur-$sigma" jpg
done
for m in "0x4+0" "0x6+35" "0x8+90" "0x5+150" "0x9+10"; do
  code $n 8 Q; scene 800x600
  cp "$tmp/code.png" "$tmp/code2.png"; place +0+0; convert "$tmp/out.png" -motion-blur "$m" "$tmp/out.png"; emit motion-blur jpg
done
for att in 0.6 1.0 1.4 1.8; do
  code $n 6; scene 800x600
  cp "$tmp/code.png" "$tmp/code2.png"; place +0+0
  convert "$tmp/out.png" -seed "$n" -attenuate "$att" +noise Gaussian -colorspace gray "$tmp/out.png"; emit noise jpg 92
done
for q in 12 8 5; do
  code $n 5; scene 800x600
  cp "$tmp/code.png" "$tmp/code2.png"; place +0+0; emit "jpeg-q$q" jpg "$q"
done
for lv in "40%,60%" "30%,55%" "45%,62%" "55%,70%"; do
  code $n 6; scene 800x600
  cp "$tmp/code.png" "$tmp/code2.png"; place +0+0; convert "$tmp/out.png" +level "$lv" "$tmp/out.png"; emit low-contrast jpg 92
done
for g in "white-black" "grey90-grey15" "black-white" "grey95-grey25"; do
  code $n 6; scene 800x600
  cp "$tmp/code.png" "$tmp/code2.png"; place +0+0
  convert -size 800x600 -seed "$n" "gradient:${g}" -rotate 30 -gravity center -extent 800x600 "$tmp/grad.png"
  convert "$tmp/out.png" "$tmp/grad.png" -compose Multiply -composite -level 0%,70% "$tmp/out.png"; emit uneven-light jpg
done
for spec in "1280x720 3 +300+120" "1920x1080 4 -500-250" "1280x720 2 +0+0" "1920x1080 3 +600+300" "1280x720 3 -400+200"; do
  set -- $spec
  code $n "$2"; scene "$1"; cp "$tmp/code.png" "$tmp/code2.png"; place "$3"; emit small-in-large jpg
done
# Dark-mode screens and inverted mail images: light modules on dark ground.
for variant in plain rotated blurred small perspective glare; do
  code $n 6; scene 800x600
  convert "$tmp/code.png" -negate "$tmp/code2.png"
  case $variant in
    rotated) convert "$tmp/code2.png" -background black -rotate 25 "$tmp/code2.png" ;;
    small) convert "$tmp/code2.png" -resize 55% "$tmp/code2.png" ;;
    perspective) convert "$tmp/code2.png" -virtual-pixel black -distort Perspective "0,0 30,20  %w,0 %w,0  0,%h 0,%h  %w,%h %[fx:w-40],%[fx:h-30]" "$tmp/code2.png" 2>/dev/null \
                 || convert "$tmp/code2.png" -virtual-pixel black -distort Perspective "0,0 30,20 270,0 270,0 0,270 0,270 270,270 230,240" "$tmp/code2.png" ;;
  esac
  place +0+0
  case $variant in
    blurred) convert "$tmp/out.png" -gaussian-blur 0x1.6 "$tmp/out.png" ;;
    glare) convert "$tmp/out.png" \( -size 800x600 radial-gradient:grey70-black \) -compose Screen -composite "$tmp/out.png" ;;
  esac
  emit "inverted-$variant" jpg
done
# A phone held at an angle, slightly blurred, with JPEG compression: the usual case.
for i in 1 2 3 4 5 6; do
  code $n 6; scene 1280x720
  convert "$tmp/code.png" -background white -rotate $((i * 23 - 60)) \
    -virtual-pixel white -distort Perspective "0,0 20,10  %w,0 %w,0  0,%h 0,%h  %w,%h %[fx:w-25],%[fx:h-15]" "$tmp/code2.png"
  place "+$((i * 40 - 120))+$((i * 15 - 45))"
  convert "$tmp/out.png" -gaussian-blur "0x$((i % 3)).$((i * 3 % 10))" -seed "$n" -attenuate 0.4 +noise Gaussian "$tmp/out.png"
  emit phone jpg 70
done
# Harder cases of the same kinds.
for spec in "blur 0x4.2" "blur 0x5" "motion 0x12+20" "motion 0x14+120" "noise 2.4" "noise 3.0" "contrast 47%,56%" "contrast 60%,68%"; do
  set -- $spec
  code $n 8 Q; scene 800x600; cp "$tmp/code.png" "$tmp/code2.png"; place +0+0
  case $1 in
    blur) convert "$tmp/out.png" -gaussian-blur "$2" "$tmp/out.png" ;;
    motion) convert "$tmp/out.png" -motion-blur "$2" "$tmp/out.png" ;;
    noise) convert "$tmp/out.png" -seed "$n" -attenuate "$2" +noise Gaussian "$tmp/out.png" ;;
    contrast) convert "$tmp/out.png" +level "$2" "$tmp/out.png" ;;
  esac
  emit "hard-$1" jpg 90
done
for spec in "blur" "noise" "contrast" "jpeg"; do
  code $n 6; scene 800x600; convert "$tmp/code.png" -negate "$tmp/code2.png"; place +0+0
  case $spec in
    blur) convert "$tmp/out.png" -gaussian-blur 0x2.6 "$tmp/out.png" ;;
    noise) convert "$tmp/out.png" -seed "$n" -attenuate 1.5 +noise Gaussian "$tmp/out.png" ;;
    contrast) convert "$tmp/out.png" +level 35%,60% "$tmp/out.png" ;;
  esac
  emit "inverted-hard-$spec" jpg "$([ $spec = jpeg ] && echo 10 || echo 85)"
done
code 5 2; n=5; scene 1920x1080; cp "$tmp/code.png" "$tmp/code2.png"; place +500+200; n=$(( $(ls "$out"/*.txt | wc -l) )); 
cp "$tmp/out.png" "$tmp/keep.png"; convert "$tmp/keep.png" -quality 90 "$out/$(printf '%02d' "$n")-tiny-long-code.jpg"
printf '%s' "$(text_for 5)" > "$out/$(printf '%02d' "$n")-tiny-long-code.txt"; n=$((n + 1))
echo "$n images in $out"

# Motion blur at several angles and lengths, on codes of two sizes, with the
# sensor noise and JPEG compression of a phone or webcam frame.
out=motion-blur
rm -rf "$out"; mkdir -p "$out"
n=0
for angle in 0 30 60 90 135; do
  for sigma in 4 7 10 13; do
    code $n $(( 6 + (n % 2) * 2 )); scene 800x600; cp "$tmp/code.png" "$tmp/code2.png"
    place "+$(( (n % 5) * 30 - 60 ))+$(( (n % 3) * 25 - 25 ))"
    convert "$tmp/out.png" -motion-blur "0x$sigma+$angle" -seed "$n" -attenuate 0.3 +noise Gaussian -colorspace gray "$tmp/out.png"
    emit "motion-$angle-$sigma" jpg 85
  done
done
echo "$n images in $out"
